import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { json, problem, stubFetch } from '@/test/fetch';
import { renderWithApp } from '@/test/render';
import { customerId, overdue, repWithTransactions, steel } from './fixtures.test-data';
import { TransactionFormModal } from './transaction-form-modal';

beforeEach(async () => {
  await changeLanguage('zh-CN');
});

async function fillLine(user: ReturnType<typeof userEvent.setup>, quantity: string, price: string) {
  await user.click(screen.getByRole('combobox', { name: '产品 1' }));
  await user.click(await screen.findByTitle('P-STEEL-01 热轧钢板 (吨)'));
  await user.type(screen.getByLabelText('数量 1'), quantity);
  await user.type(screen.getByLabelText('单价 1'), price);
}

describe('TransactionFormModal', { timeout: 60_000 }, () => {
  it('computes line amounts and the total exactly, and sends the transaction once', async () => {
    const fetch = stubFetch(async (request) => {
      if (request.method === 'POST') return json(overdue, { status: 201 });
      return json({ items: [steel] });
    });
    const onClose = vi.fn();
    const user = userEvent.setup();
    renderWithApp(<TransactionFormModal customerId={customerId} onClose={onClose} />, {
      me: repWithTransactions,
    });

    await user.type(await screen.findByLabelText('单号'), 'XS-2026-0009');
    await fillLine(user, '2.5', '19.99');
    expect(screen.getByTestId('line-amount-0')).toHaveTextContent('¥49.98');
    expect(screen.getByTestId('form-total')).toHaveTextContent('合计：¥49.98');

    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const post = fetch.requests().find((r) => r.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe(`/api/v1/customers/${customerId}/transactions`);
    expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    const body = await post.clone().json();
    expect(body).toMatchObject({
      number: 'XS-2026-0009',
      currency: 'CNY',
      lineItems: [{ productId: steel.id, quantity: '2.5', unitPrice: '19.99' }],
    });
    expect(body.transactionDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('shows the server’s refusals next to the fields, line items included', async () => {
    stubFetch(async (request) => {
      if (request.method === 'POST') {
        return problem(400, {
          errors: [
            { field: 'lineItems[0].productId', code: 'productId.inactive', message: 'x' },
            { field: 'number', code: 'number.required', message: 'y' },
          ],
        });
      }
      return json({ items: [steel] });
    });
    const onClose = vi.fn();
    const user = userEvent.setup();
    renderWithApp(<TransactionFormModal customerId={customerId} onClose={onClose} />, {
      me: repWithTransactions,
    });
    await user.type(await screen.findByLabelText('单号'), 'X');
    await fillLine(user, '1', '5');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));

    const productItem = screen
      .getByRole('combobox', { name: '产品 1' })
      .closest('.ant-form-item') as HTMLElement;
    expect(await within(productItem).findByText('该产品已停售')).toBeInTheDocument();
    const numberItem = screen.getByLabelText('单号').closest('.ant-form-item') as HTMLElement;
    expect(within(numberItem).getByText('请输入单号')).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('refuses a negative price before sending anything', async () => {
    const fetch = stubFetch(async () => json({ items: [steel] }));
    const user = userEvent.setup();
    renderWithApp(<TransactionFormModal customerId={customerId} onClose={vi.fn()} />, {
      me: repWithTransactions,
    });
    await user.type(await screen.findByLabelText('单号'), 'XS-1');
    await fillLine(user, '1', '-5');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('请输入不为负的金额，最多两位小数')).toBeInTheDocument();
    expect(fetch.requests().some((r) => r.method === 'POST')).toBe(false);
  });
});
