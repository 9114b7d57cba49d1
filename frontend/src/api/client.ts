import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '@/api/generated/schema';
import { ProblemError } from '@/api/problem-error';
import { env } from '@/config/env';
import { getToken, login } from '@/lib/auth';
import { i18n } from '@/lib/i18n';

export { ProblemError, isProblem } from '@/api/problem-error';

export type ApiClientOptions = {
  baseUrl?: string;
  /** Resolves a fresh access token (refreshing it first when needed). */
  getToken: () => Promise<string | undefined>;
  /** Called once per 401 answer: the single place that starts a new login. */
  onUnauthorized: () => void;
  /** The language the server should use for problem `detail`. */
  getLanguage?: () => string;
};

/** Adds the bearer token and Accept-Language to every request. */
export function authMiddleware(options: ApiClientOptions): Middleware {
  return {
    async onRequest({ request }) {
      const token = await options.getToken();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      const language = options.getLanguage?.();
      if (language) request.headers.set('Accept-Language', language);
      return request;
    },
  };
}

/** Turns every failed response into a thrown ProblemError; a 401 also starts a new login. */
export function problemMiddleware(options: ApiClientOptions): Middleware {
  return {
    async onResponse({ response }) {
      if (response.ok) return response;
      if (response.status === 401) options.onUnauthorized();
      throw await ProblemError.fromResponse(response);
    },
  };
}

export function createApiClient(options: ApiClientOptions) {
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? env.apiBaseUrl,
    // Resolved at call time so tests can stub globalThis.fetch.
    fetch: (request) => globalThis.fetch(request),
  });
  client.use(authMiddleware(options), problemMiddleware(options));
  return client;
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** The application's client: Keycloak tokens, re-login on 401, server texts in the UI language. */
export const api: ApiClient = createApiClient({
  getToken,
  onUnauthorized: login,
  getLanguage: () => i18n.language,
});

/** The body of a successful answer (failures never get here: the client throws them). */
export function bodyOf<T>(result: { data?: T; response: Response }): T {
  return result.data as T;
}

/** The ETag header of a successful answer, for the next If-Match. */
export function etagOf(response: Response): string {
  return response.headers.get('ETag') ?? '';
}
