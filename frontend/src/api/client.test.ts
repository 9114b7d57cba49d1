import { describe, expect, it, vi } from 'vitest';
import { problem, stubFetch, json } from '@/test/fetch';
import { createApiClient, ProblemError } from './client';

function client(overrides: Partial<Parameters<typeof createApiClient>[0]> = {}) {
  const onUnauthorized = vi.fn();
  const getToken = vi.fn(async () => 'token-1');
  const api = createApiClient({
    baseUrl: 'http://localhost:5173',
    getToken,
    onUnauthorized,
    getLanguage: () => 'zh-CN',
    ...overrides,
  });
  return { api, onUnauthorized, getToken };
}

describe('API client', () => {
  it('sends a freshly resolved bearer token and the UI language', async () => {
    const fetch = stubFetch(() => json({ items: [] }));
    const { api, getToken } = client();

    await api.GET('/api/v1/customers', { params: { query: { q: '建投' } } });

    const [request] = fetch.requests();
    expect(getToken).toHaveBeenCalledOnce();
    expect(request.headers.get('Authorization')).toBe('Bearer token-1');
    expect(request.headers.get('Accept-Language')).toBe('zh-CN');
    expect(new URL(request.url).searchParams.get('q')).toBe('建投');
  });

  it('sends no Authorization header without a token', async () => {
    const fetch = stubFetch(() => json({ items: [] }));
    const { api } = client({ getToken: async () => undefined });

    await api.GET('/api/v1/customers');

    expect(fetch.requests()[0].headers.has('Authorization')).toBe(false);
  });

  it('throws a typed ProblemError with the field errors of a problem+json answer', async () => {
    stubFetch(() =>
      problem(400, {
        type: 'https://dossier.app/problems/validation',
        title: 'Invalid request',
        detail: '1 个字段无效',
        traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
        errors: [
          {
            field: 'creditCode',
            code: 'creditCode.checkCharacter',
            message: 'The check character is wrong.',
          },
        ],
      }),
    );
    const { api, onUnauthorized } = client();

    const error = await api
      .POST('/api/v1/customers', { body: { kind: 'ORGANIZATION', name: '测试' } })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ProblemError);
    const p = error as ProblemError;
    expect(p.status).toBe(400);
    expect(p.type).toBe('https://dossier.app/problems/validation');
    expect(p.title).toBe('Invalid request');
    expect(p.detail).toBe('1 个字段无效');
    expect(p.traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(p.errors).toEqual([
      {
        field: 'creditCode',
        code: 'creditCode.checkCharacter',
        message: 'The check character is wrong.',
      },
    ]);
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('turns a failure without a problem body into a ProblemError with its status', async () => {
    stubFetch(
      () =>
        new Response('<html>Bad gateway</html>', {
          status: 502,
          statusText: 'Bad Gateway',
          headers: { 'Content-Type': 'text/html' },
        }),
    );
    const { api } = client();

    const error = (await api.GET('/api/v1/customers').catch((e: unknown) => e)) as ProblemError;

    expect(error).toBeInstanceOf(ProblemError);
    expect(error.status).toBe(502);
    expect(error.title).toBe('Bad Gateway');
    expect(error.errors).toEqual([]);
  });

  it('hands a 401 to the single re-login handler and still rejects the call', async () => {
    stubFetch(() => problem(401, { title: 'Unauthorized' }));
    const { api, onUnauthorized } = client();

    const error = await api
      .GET('/api/v1/customers/{id}', { params: { path: { id: 'x' } } })
      .catch((e: unknown) => e);

    expect(onUnauthorized).toHaveBeenCalledOnce();
    expect(error).toBeInstanceOf(ProblemError);
    expect((error as ProblemError).status).toBe(401);
  });

  it('does not start a login for other failures', async () => {
    stubFetch(() => problem(403));
    const { api, onUnauthorized } = client();

    await api.GET('/api/v1/customers').catch(() => undefined);

    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('sends merge patches with If-Match and their own media type', async () => {
    const fetch = stubFetch(() => json({ id: '1' }, { headers: { ETag: '"4"' } }));
    const { api } = client();

    const { response } = await api.PATCH('/api/v1/customers/{id}', {
      params: { path: { id: '1' }, header: { 'If-Match': '"3"' } },
      body: { phone: null },
      headers: { 'Content-Type': 'application/merge-patch+json' },
    });

    const [request] = fetch.requests();
    expect(request.method).toBe('PATCH');
    expect(request.headers.get('If-Match')).toBe('"3"');
    expect(request.headers.get('Content-Type')).toBe('application/merge-patch+json');
    expect(await request.json()).toEqual({ phone: null });
    expect(response.headers.get('ETag')).toBe('"4"');
  });
});
