import { vi } from 'vitest';

export function json(
  body: unknown,
  init: { status?: number; headers?: Record<string, string> } = {},
) {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { 'Content-Type': 'application/json', ...init.headers },
  });
}

export function problem(status: number, body: Record<string, unknown> = {}) {
  return new Response(
    JSON.stringify({ type: 'https://dossier.app/problems/x', title: 'Problem', status, ...body }),
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** Replaces globalThis.fetch; the API client resolves it per call, so this reaches every request. */
export function stubFetch(handler: (request: Request) => Response | Promise<Response>) {
  const fn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) =>
    handler(input instanceof Request ? input : new Request(input, init)),
  );
  vi.stubGlobal('fetch', fn);
  return {
    fn,
    requests: () => fn.mock.calls.map(([input]) => input as Request),
  };
}
