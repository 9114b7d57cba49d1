// API side of the benchmark: tokens from Keycloak and load from autocannon (a well-kept HTTP
// benchmarking library with latency percentiles, so the numbers are comparable to pgbench's).
import autocannon from 'autocannon';

const API = process.env.BENCH_API_URL;
const KEYCLOAK = process.env.BENCH_KEYCLOAK_URL;

/** An access token of a demo user through the development client's password grant. */
export async function token(username) {
  const response = await fetch(`${KEYCLOAK}/realms/dossier/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'dossier-test',
      client_secret: 'dossier-test-secret',
      username,
      password: 'dossier',
    }),
  });
  if (!response.ok) throw new Error(`token for ${username}: ${response.status} ${await response.text()}`);
  return (await response.json()).access_token;
}

export async function call(bearer, method, path, { body, headers = {} } = {}) {
  const response = await fetch(`${API}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${bearer}`,
      accept: 'application/json',
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

/**
 * Load for `seconds` from `connections` clients; `next()` gives each request (method, path,
 * headers, body). Every response must be a success, or the workload is reported as failed.
 */
export async function load(bearer, next, { connections, seconds }) {
  const result = await autocannon({
    url: API,
    connections,
    duration: seconds,
    requests: [
      {
        setupRequest: (req) => {
          const r = next();
          return {
            ...req,
            method: r.method ?? 'GET',
            path: r.path,
            headers: {
              authorization: `Bearer ${bearer}`,
              accept: 'application/json',
              ...(r.body ? { 'content-type': 'application/json' } : {}),
              ...(r.headers ?? {}),
            },
            body: r.body ? JSON.stringify(r.body) : undefined,
          };
        },
      },
    ],
  });
  return {
    perSecond: result.requests.average,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
    total: result.requests.total,
  };
}
