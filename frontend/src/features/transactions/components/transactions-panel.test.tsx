import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { json, problem, stubFetch } from '@/test/fetch';
import { renderWithApp } from '@/test/render';
import {
  customerId,
  overdue,
  paid,
  repWithTransactions,
  serviceAgent,
  summary,
} from './fixtures.test-data';
import { TransactionsPanel } from './transactions-panel';

function server(onPayment?: (request: Request) => Response | Promise<Response>) {
  return stubFetch(async (request) => {
    const { pathname } = new URL(request.url);
    if (request.method === 'POST' && pathname.endsWith('/payments') && onPayment) {
      return onPayment(request);
    }
    if (pathname.endsWith('/transaction-summary')) return json(summary);
    if (pathname.endsWith('/transactions')) return json({ items: [overdue, paid] });
    return json({ items: [] });
  });
}

beforeEach(async () => {
  await changeLanguage('zh-CN');
});

// Dialogs with several antd fields: generous time on a busy machine.
describe('TransactionsPanel', { timeout: 60_000 }, () => {
  it('shows totals and transactions with money per locale and overdue ones flagged', async () => {
    server();
    renderWithApp(<TransactionsPanel customerId={customerId} />, { me: repWithTransactions });

    const row = (await screen.findByText('XS-2026-0001')).closest('tr') as HTMLElement;
    expect(within(row).getByText('已逾期')).toBeInTheDocument();
    expect(within(row).getAllByText('¥9,800.00')).toHaveLength(2);
    const paidRow = screen.getByText('XS-2026-0002').closest('tr') as HTMLElement;
    expect(within(paidRow).getByText('已结清')).toBeInTheDocument();
    expect(within(paidRow).queryByRole('button', { name: '登记回款' })).not.toBeInTheDocument();
    expect(screen.getByText('交易汇总（CNY）')).toBeInTheDocument();
    expect(screen.getByText('逾期金额（1 笔）')).toBeInTheDocument();
    expect(screen.getByText('¥13,300.00')).toBeInTheDocument();

    await changeLanguage('en');
    expect(await screen.findByText('Totals (CNY)')).toBeInTheDocument();
    expect(screen.getByText('CN¥13,300.00')).toBeInTheDocument();
  });

  it('expands a transaction into its line items and payments', async () => {
    server();
    const user = userEvent.setup();
    renderWithApp(<TransactionsPanel customerId={customerId} />, { me: repWithTransactions });
    const row = (await screen.findByText('XS-2026-0001')).closest('tr') as HTMLElement;
    await user.click(within(row).getByRole('button', { name: /展开|expand/i }));
    expect(await screen.findByText('热轧钢板')).toBeInTheDocument();
    expect(screen.getByText('回单 0042')).toBeInTheDocument();
    expect(screen.getByText('银行转账')).toBeInTheDocument();
    expect(screen.getByText('月结 30 天')).toBeInTheDocument();
  });

  it('records a payment with an Idempotency-Key and shows an overpayment under the field', async () => {
    let calls = 0;
    const fetch = server(async () => {
      calls += 1;
      if (calls === 1) {
        return problem(400, {
          errors: [{ field: 'amount', code: 'amount.overpayment', message: 'Only 9800.00' }],
        });
      }
      return json({ ...overdue, paidAmount: '12800.00' }, { status: 201 });
    });
    const user = userEvent.setup();
    renderWithApp(<TransactionsPanel customerId={customerId} />, { me: repWithTransactions });
    const row = (await screen.findByText('XS-2026-0001')).closest('tr') as HTMLElement;
    await user.click(within(row).getByRole('button', { name: '登记回款' }));

    const dialog = await screen.findByRole('dialog');
    const amount = within(dialog).getByLabelText('回款金额');
    expect(amount).toHaveValue('9800.00');
    await user.clear(amount);
    await user.type(amount, '9800.01');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('回款金额超过未回款金额')).toBeInTheDocument();

    await user.clear(amount);
    await user.type(amount, '9800');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const posts = fetch.requests().filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(new URL(posts[1].url).pathname).toBe(
      `/api/v1/customers/${customerId}/transactions/${overdue.id}/payments`,
    );
    expect(await posts[1].clone().json()).toMatchObject({ amount: '9800' });
    // The retry after a refusal is the same submission: it keeps its key.
    expect(posts[0].headers.get('Idempotency-Key')).toBeTruthy();
    expect(posts[1].headers.get('Idempotency-Key')).toBe(posts[0].headers.get('Idempotency-Key'));
  });

  it('offers no changes to a role that only reads transactions', async () => {
    server();
    renderWithApp(<TransactionsPanel customerId={customerId} />, { me: serviceAgent });
    await screen.findByText('XS-2026-0001');
    expect(screen.queryByRole('button', { name: /新增交易/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '登记回款' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '作废' })).not.toBeInTheDocument();
  });

  it('voids a transaction with a reason', async () => {
    const fetch = stubFetch(async (request) => {
      const { pathname } = new URL(request.url);
      if (request.method === 'POST') return json({ ...overdue, status: 'VOIDED' });
      if (pathname.endsWith('/transaction-summary')) return json(summary);
      return json({ items: [overdue] });
    });
    const user = userEvent.setup();
    renderWithApp(<TransactionsPanel customerId={customerId} />, { me: repWithTransactions });
    const row = (await screen.findByText('XS-2026-0001')).closest('tr') as HTMLElement;
    await user.click(within(row).getByRole('button', { name: '作废' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('作废原因'), '单价录入错误');
    await user.click(within(dialog).getByRole('button', { name: /作\s*废/ }));
    await waitFor(() =>
      expect(fetch.requests().some((r) => r.url.endsWith(`/${overdue.id}/void`))).toBe(true),
    );
    const post = fetch.requests().find((r) => r.method === 'POST')!;
    expect(await post.clone().json()).toEqual({ reason: '单价录入错误' });
  });
});
