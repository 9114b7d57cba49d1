import Keycloak from 'keycloak-js';
import { useSyncExternalStore } from 'react';
import { env } from '@/config/env';

/** Who is signed in, as far as the SPA needs to know (display and showing allowed actions). */
export type AuthUser = {
  id: string;
  username: string;
  name: string;
  roles: string[];
  teams: string[];
};

type TokenClaims = {
  sub?: string;
  preferred_username?: string;
  name?: string;
  given_name?: string;
  family_name?: string;
  realm_access?: { roles?: string[] };
  groups?: string[];
};

/** Realm roles of the product (SPEC §9); Keycloak's default roles are not shown. */
export const PRODUCT_ROLES = [
  'admin',
  'general-manager',
  'sales-director',
  'supervisor',
  'sales-rep',
  'archivist',
  'service-agent',
  'quality',
  'auditor',
  'partner',
] as const;

/** Seconds of validity a token must still have before a request; otherwise it is refreshed. */
const MIN_VALIDITY_SECONDS = 30;

let keycloak: Keycloak | undefined;
let user: AuthUser | null = null;
const listeners = new Set<() => void>();

function notify() {
  listeners.forEach((l) => l());
}

export function userFromClaims(claims: TokenClaims | undefined): AuthUser | null {
  if (!claims?.sub) return null;
  const fullName = [claims.family_name, claims.given_name].filter(Boolean).join('');
  return {
    id: claims.sub,
    username: claims.preferred_username ?? claims.sub,
    name: claims.name && !fullName ? claims.name : fullName || claims.preferred_username || '',
    roles: (claims.realm_access?.roles ?? []).filter((r) =>
      (PRODUCT_ROLES as readonly string[]).includes(r),
    ),
    teams: claims.groups ?? [],
  };
}

function refreshUser() {
  user = userFromClaims(keycloak?.tokenParsed as TokenClaims | undefined);
  notify();
}

/**
 * Signs in through Keycloak (authorization code + PKCE S256). `login-required` sends an
 * anonymous visitor to the login page; tokens stay in memory only.
 */
export async function initAuth(): Promise<void> {
  keycloak = new Keycloak({
    url: env.keycloakUrl,
    realm: env.keycloakRealm,
    clientId: env.keycloakClientId,
  });
  keycloak.onTokenExpired = () => {
    void getToken();
  };
  keycloak.onAuthRefreshSuccess = refreshUser;
  keycloak.onAuthLogout = () => {
    user = null;
    notify();
  };
  await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    checkLoginIframe: false,
  });
  refreshUser();
}

/** A valid access token, refreshed silently first when it is about to expire. */
export async function getToken(): Promise<string | undefined> {
  if (!keycloak?.authenticated) return undefined;
  try {
    await keycloak.updateToken(MIN_VALIDITY_SECONDS);
  } catch {
    // Keycloak may be briefly unreachable: keep working while the current token is valid.
    if (keycloak.token && !keycloak.isTokenExpired()) return keycloak.token;
    // The refresh token is gone or expired: the session is over.
    login();
    return undefined;
  }
  return keycloak.token;
}

let loginStarted = false;

/** Sends the browser to the Keycloak login page (once, even if many requests fail together). */
export function login(): void {
  if (!keycloak || loginStarted) return;
  loginStarted = true;
  void keycloak.login({ redirectUri: window.location.href });
}

export function logout(): void {
  void keycloak?.logout({ redirectUri: window.location.origin + '/' });
}

export function getUser(): AuthUser | null {
  return user;
}

/** For tests and previews: sets the signed-in user without Keycloak. */
export function setUserForTesting(next: AuthUser | null): void {
  user = next;
  notify();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useUser(): AuthUser | null {
  return useSyncExternalStore(subscribe, getUser, getUser);
}
