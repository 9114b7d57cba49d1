import { screen, within } from '@testing-library/react';
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
    if (pathname.endsWith('/documents')) return json({ items: [] });
    if (pathname.endsWith('/transactions')) return json({ items: [] });
    if (pathname.endsWith('/status-history')) return json({ items: [] });
    if (pathname.endsWith('/corrections')) return json({ items: [] });
    if (pathname.endsWith('/reviews')) return json({ items: [] });
    if (pathname.endsWith('/completeness')) {
      return json({
        customerId: CUSTOMER_ID,
        kind: 'ORGANIZATION',
        percentage: 50,
        required: ['BUSINESS_LICENCE', 'CONTRACT'],
        present: ['BUSINESS_LICENCE'],
        missing: ['CONTRACT'],
        expired: [],
      });
    }
    if (pathname.endsWith('/transaction-summary')) {
      return json({
        customerId: CUSTOMER_ID,
        asOf: '2026-11-23',
        currencies: [
          {
            currency: 'CNY',
            count: 2,
            totalAmount: '1000.00',
            paidAmount: '400.00',
            outstandingAmount: '600.00',
            overdueAmount: '250.00',
            overdueCount: 1,
            firstTransactionDate: '2026-09-01',
            lastTransactionDate: '2026-11-20',
          },
        ],
      });
    }
    if (pathname.endsWith('/timeline')) {
      return json({
        items: [
          {
            id: '0b7f6c3e-1d2a-4c5b-9e8f-000000000001',
            occurredAt: '2026-11-23T09:30:00+08:00',
            kind: 'CUSTOMER.CREATE',
            entityType: 'CUSTOMER',
            entityId: CUSTOMER_ID,
            action: 'CREATE',
            actorId: rep1.id,
            actorUsername: 'rep1',
            changes: [],
          },
        ],
      });
    }
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
        ownerId: rep1.id,
        nextReviewOn: '2027-01-23',
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

  it('shows the 360° header and only the sections the caller may read', async () => {
    const fetch = server();
    show(rep1);
    const header = await screen.findByTestId('customer-header');
    expect(header).toHaveTextContent('KH-2026-000123');
    expect(header).toHaveTextContent('本人（rep1）');
    expect(header).toHaveTextContent('east-team');
    expect(screen.getByTestId('header-next-review')).toHaveTextContent('2027');
    const sections = screen.getByTestId('customer-sections');
    expect(within(sections).getByText('档案资料')).toBeInTheDocument();
    expect(within(sections).getByText('联系人')).toBeInTheDocument();
    for (const hidden of ['资料', '交易', '审批与更正', '档案动态', '查阅记录']) {
      expect(within(sections).queryByText(hidden)).not.toBeInTheDocument();
    }
    expect(screen.queryByTestId('header-completeness')).not.toBeInTheDocument();
    expect(screen.queryByTestId('customer-timeline')).not.toBeInTheDocument();
    const asked = fetch.requests().map((r) => new URL(r.url).pathname);
    for (const path of ['/timeline', '/transaction-summary', '/completeness', '/documents']) {
      expect(asked.some((p) => p.endsWith(path))).toBe(false);
    }
  });

  it('composes every section for a caller allowed to read them all', async () => {
    server();
    show({
      ...supervisor,
      permissions: [
        ...supervisor.permissions,
        'listDocuments',
        'getCustomerCompleteness',
        'listTransactions',
        'getTransactionSummary',
        'listCustomerStatusHistory',
        'listCustomerCorrections',
        'listCustomerReviews',
        'listCustomerTimeline',
        'listCustomerAccessLog',
      ],
    });
    const sections = await screen.findByTestId('customer-sections');
    for (const shown of [
      '档案资料',
      '联系人',
      '资料',
      '交易',
      '审批与更正',
      '档案动态',
      '查阅记录',
    ]) {
      expect(within(sections).getByText(shown)).toBeInTheDocument();
    }
    expect(await screen.findByTestId('header-completeness')).toHaveTextContent('50');
    expect(await screen.findByTestId('header-outstanding-CNY')).toHaveTextContent('600');
    expect(screen.getByTestId('header-overdue-CNY')).toHaveTextContent('250');
    // The owner is someone else: shown by id.
    expect(screen.getByTestId('header-owner')).toHaveTextContent(rep1.id);
    const timeline = await screen.findByTestId('customer-timeline');
    expect(await within(timeline).findByText('建档')).toBeInTheDocument();
    expect(screen.getByTestId('customer-access-log')).toBeInTheDocument();
  });

  it('shows a 403 result to a caller who may not open customers', () => {
    server();
    show({ ...rep1, permissions: ['listAuditEvents', 'getMe'] });
    expect(screen.getByText('无权访问')).toBeInTheDocument();
  });
});
