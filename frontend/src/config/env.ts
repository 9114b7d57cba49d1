/** Build-time configuration (Vite env); defaults match `make run`. */
export const env = {
  keycloakUrl: import.meta.env.VITE_KEYCLOAK_URL || 'http://localhost:8180',
  keycloakRealm: import.meta.env.VITE_KEYCLOAK_REALM || 'dossier',
  keycloakClientId: import.meta.env.VITE_KEYCLOAK_CLIENT_ID || 'dossier-web',
  /** The API is always same-origin; dev server, preview and nginx proxy /api. */
  apiBaseUrl: '',
} as const;
