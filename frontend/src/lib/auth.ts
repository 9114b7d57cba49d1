import Keycloak from 'keycloak-js';
import { env } from '@/config/env';

/** Seconds of validity a token must still have before a request; otherwise it is refreshed. */
const MIN_VALIDITY_SECONDS = 30;

let keycloak: Keycloak | undefined;

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
  await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    checkLoginIframe: false,
  });
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
