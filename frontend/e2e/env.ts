/** Where the end-to-end stack listens (`node .dev/stack.mjs e2e` defaults). */
export const baseURL = process.env.E2E_BASE_URL || 'http://localhost:5180';
export const keycloakURL = process.env.E2E_KEYCLOAK_URL || 'http://localhost:8280';
/** The stack's database, for specs that let time pass (e.g. a grant's validity). */
export const databaseURL =
  process.env.E2E_DATABASE_URL || 'postgres://dossier_app:dossier_app@localhost:5434/dossier';
/** Keycloak's SSO cookies of rep1, written by the setup project. */
export const authFile = 'playwright/.auth/rep1.json';
/** Keycloak's SSO cookies of auditor, written by the auditor setup. */
export const auditorAuthFile = 'playwright/.auth/auditor.json';
/** Keycloak's SSO cookies of rep2 (west-team), written by its setup. */
export const rep2AuthFile = 'playwright/.auth/rep2.json';
/** Keycloak's SSO cookies of director (sales director, approves access grants). */
export const directorAuthFile = 'playwright/.auth/director.json';
