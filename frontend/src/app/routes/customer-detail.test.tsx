import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { json, stubFetch } from '@/test/fetch';
import { renderWithApp, rep1, supervisor } from '@/test/render';
import { Component as CustomerDetail } from './customer-detail';

const CUSTOMER_ID = '6f1c1c9e-5a43-4a53-9d59-2f3c1b0e7a11';

function server() {
  return stubFetch((request) => {
    const { pathname } = new URL(request.url);
    if (pathname.endsWith('/contacts')) return json({ items: [] });
    if (pathname.endsWith('/access-log')) {
      return json({
        items: [
          {
            id: '3e0b7c52-8f4d-4d1e-9a55-6c2b9f0d1e77',
            occurredAt: '2026-11-23T10:05:12+08:00',
            username: 'rep3',
            customerId: CUSTOMER_ID,
            view: 'getCustomer',
          },
        ],
      });
    }
    return json(
      {
        id: CUSTOMER_ID,
        archiveNo: 'KH-2026-000123',
        kind: 'ORGANIZATION',
        name: '上海建投贸易有限公司',
        status: 'DRAFT',
        team: 'east-team',
        version: 3,
        createdAt: '2026-11-23T09:30:00+08:00',
        updatedAt: '2026-11-23T10:02:11+08:00',
      },
      { headers: { ETag: '"3"' } },
    );
  });
}

const show = (me = rep1) =>
  renderWithApp(<CustomerDetail />, {
    me,
    path: '/customers/:id',
    route: `/customers/${CUSTOMER_ID}`,
  });

beforeEach(async () => {
  await changeLanguage('zh-CN');
});

describe('customer detail page', () => {
  it('has no access-log panel when /me lacks listCustomerAccessLog', async () => {
    const fetch = server();
    show(rep1);
    expect(await screen.findByTestId('customer-name')).toHaveTextContent('上海建投贸易有限公司');
    expect(screen.queryByTestId('customer-access-log')).not.toBeInTheDocument();
    expect(fetch.requests().some((r) => r.url.includes('/access-log'))).toBe(false);
  });

  it("shows the customer's access log to a supervisor allowed to read it", async () => {
    server();
    show({ ...supervisor, permissions: [...supervisor.permissions, 'listCustomerAccessLog'] });
    expect(await screen.findByTestId('customer-access-log')).toBeInTheDocument();
    expect(await screen.findByText('rep3')).toBeInTheDocument();
  });

  it('shows a 403 result to a caller who may not open customers', () => {
    server();
    show({ ...rep1, permissions: ['listAuditEvents', 'getMe'] });
    expect(screen.getByText('无权访问')).toBeInTheDocument();
  });
});
