import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { json, problem, stubFetch } from '@/test/fetch';
import { renderWithApp } from '@/test/render';
import { director, repWithTransactions, steel } from './fixtures.test-data';
import { ProductList } from './product-list';

beforeEach(async () => {
  await changeLanguage('zh-CN');
});

describe('ProductList', { timeout: 60_000 }, () => {
  it('withdraws a product at the version it reads', async () => {
    const fetch = stubFetch(async (request) => {
      const { pathname } = new URL(request.url);
      if (request.method === 'PATCH') return json({ ...steel, active: false, version: 4 });
      if (pathname.endsWith(steel.id))
        return json({ ...steel, version: 3 }, { headers: { ETag: '"3"' } });
      return json({ items: [steel] });
    });
    const user = userEvent.setup();
    renderWithApp(<ProductList />, { me: director });
    const row = (await screen.findByText('P-STEEL-01')).closest('tr') as HTMLElement;
    expect(within(row).getByText('在售')).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: '停售' }));
    await user.click(await screen.findByRole('button', { name: /确\s*定|OK/ }));

    await waitFor(() => expect(fetch.requests().some((r) => r.method === 'PATCH')).toBe(true));
    const patch = fetch.requests().find((r) => r.method === 'PATCH')!;
    expect(patch.headers.get('If-Match')).toBe('"3"');
    expect(patch.headers.get('Content-Type')).toContain('application/merge-patch+json');
    expect(await patch.clone().json()).toEqual({ active: false });
  });

  it('adds a product and says so when the code is taken', async () => {
    stubFetch(async (request) =>
      request.method === 'POST'
        ? problem(409, { type: 'https://dossier.app/problems/product-code-taken' })
        : json({ items: [] }),
    );
    const user = userEvent.setup();
    renderWithApp(<ProductList />, { me: director });
    await user.click(await screen.findByRole('button', { name: /新增产品/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('产品编号'), 'P-STEEL-01');
    await user.type(within(dialog).getByLabelText('产品名称'), '热轧钢板');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('该产品编号已被使用')).toBeInTheDocument();
  });

  it('shows the list read-only to those who do not maintain it', async () => {
    stubFetch(async () => json({ items: [steel] }));
    renderWithApp(<ProductList />, { me: repWithTransactions });
    await screen.findByText('P-STEEL-01');
    expect(screen.queryByRole('button', { name: /新增产品/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '停售' })).not.toBeInTheDocument();
  });
});
