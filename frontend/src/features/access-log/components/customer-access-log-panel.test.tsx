import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { json, problem, stubFetch } from '@/test/fetch';
import { renderWithApp, supervisor } from '@/test/render';
import { CustomerAccessLogPanel } from './customer-access-log-panel';

const CUSTOMER_ID = '6f1c1c9e-5a43-4a53-9d59-2f3c1b0e7a11';
const me = { ...supervisor, permissions: [...supervisor.permissions, 'listCustomerAccessLog'] };

const entry = (n: number) => ({
  id: `3e0b7c52-8f4d-4d1e-9a55-${String(n).padStart(12, '0')}`,
  occurredAt: '2026-11-23T10:05:12+08:00',
  username: `user${n}`,
  customerId: CUSTOMER_ID,
  view: 'getCustomer',
});

beforeEach(async () => {
  await changeLanguage('zh-CN');
});

describe('CustomerAccessLogPanel', () => {
  it("lists the customer's consultations and pages with the cursor", async () => {
    const fetch = stubFetch((request) => {
      const url = new URL(request.url);
      expect(url.pathname).toBe(`/api/v1/customers/${CUSTOMER_ID}/access-log`);
      return url.searchParams.get('cursor') === 'p2'
        ? json({ items: [entry(2)] })
        : json({ items: [entry(1)], nextCursor: 'p2' });
    });
    const user = userEvent.setup();
    renderWithApp(<CustomerAccessLogPanel customerId={CUSTOMER_ID} />, { me });

    expect(await screen.findByText('user1')).toBeInTheDocument();
    // The customer column is left out on the customer's own page.
    expect(screen.queryByRole('columnheader', { name: '客户' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '下一页' }));
    expect(await screen.findByText('user2')).toBeInTheDocument();
    expect(fetch.requests().map((r) => new URL(r.url).searchParams.get('cursor'))).toEqual([
      null,
      'p2',
    ]);
  });

  it('says the customer is out of scope on 404 instead of failing', async () => {
    stubFetch(() => problem(404, { detail: 'Not found' }));
    renderWithApp(<CustomerAccessLogPanel customerId={CUSTOMER_ID} />, { me });
    expect(await screen.findByText('该客户不在您的查阅记录查看范围内')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
