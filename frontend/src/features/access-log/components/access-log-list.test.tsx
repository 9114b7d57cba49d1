import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatDateTime } from '@/lib/format';
import { changeLanguage } from '@/lib/i18n';
import type { Me } from '@/lib/me';
import { json, stubFetch } from '@/test/fetch';
import { renderWithApp } from '@/test/render';
import type { AccessLogEntry } from '../api/types';
import { AccessLogList } from './access-log-list';

const CUSTOMER_ID = '6f1c1c9e-5a43-4a53-9d59-2f3c1b0e7a11';

const gm: Me = {
  id: '00000000-0000-4000-8000-000000000002',
  username: 'gm',
  roles: ['general-manager'],
  teams: [],
  partner: false,
  permissions: ['listCustomers', 'getCustomer', 'listAccessLog', 'listCustomerAccessLog', 'getMe'],
};

function entry(n: number, overrides: Partial<AccessLogEntry> = {}): AccessLogEntry {
  return {
    id: `3e0b7c52-8f4d-4d1e-9a55-${String(n).padStart(12, '0')}`,
    occurredAt: '2026-11-23T10:05:12+08:00',
    userId: '00000000-0000-4000-8000-000000000005',
    username: `user${n}`,
    customerId: CUSTOMER_ID,
    view: 'getCustomer',
    clientId: 'dossier-web',
    traceId: `trace-${n}`,
    ...overrides,
  };
}

function server() {
  return stubFetch((request) => {
    const cursor = new URL(request.url).searchParams.get('cursor');
    if (!cursor) {
      return json({
        items: [
          entry(1),
          entry(2, {
            view: 'listContacts',
            grantId: '7d1f0e9c-2a44-4b6d-9a51-2c8e4f0e9a7b',
            reason: '投诉处理 #1024',
          }),
        ],
        nextCursor: 'n1',
      });
    }
    return json({ items: [entry(3)] });
  });
}

beforeEach(async () => {
  await changeLanguage('zh-CN');
});

describe('AccessLogList', () => {
  it('shows time, user, customer link, view, client and the grant reason when present', async () => {
    server();
    renderWithApp(<AccessLogList />, { me: gm });
    const row = (await screen.findByText('user1')).closest('tr')!;
    expect(
      within(row).getByText(formatDateTime('2026-11-23T10:05:12+08:00', 'zh-CN')),
    ).toBeInTheDocument();
    expect(within(row).getByText('客户详情')).toBeInTheDocument();
    expect(within(row).getByText('dossier-web')).toBeInTheDocument();
    expect(within(row).getByRole('link')).toHaveAttribute('href', `/customers/${CUSTOMER_ID}`);

    const granted = screen.getByText('user2').closest('tr')!;
    expect(within(granted).getByText('联系人列表')).toBeInTheDocument();
    expect(within(granted).getByText('投诉处理 #1024')).toBeInTheDocument();
  });

  it('pages with the nextCursor and filters by user id and view from the first page', async () => {
    const fetch = server();
    const user = userEvent.setup();
    renderWithApp(<AccessLogList />, { me: gm });
    await screen.findByText('user1');

    await user.click(screen.getByRole('button', { name: '下一页' }));
    expect(await screen.findByText('user3')).toBeInTheDocument();
    const params = () => fetch.requests().map((r) => new URL(r.url).searchParams);
    expect(params().map((p) => p.get('cursor'))).toEqual([null, 'n1']);
    expect(params()[0].get('limit')).toBe('20');

    await user.click(screen.getByRole('textbox', { name: '查阅人 ID' }));
    await user.paste('00000000-0000-4000-8000-000000000005');
    await waitFor(() => {
      const last = params().at(-1)!;
      expect(last.get('userId')).toBe('00000000-0000-4000-8000-000000000005');
      expect(last.has('cursor')).toBe(false);
    });
    expect(screen.getByTestId('page-number')).toHaveTextContent('第 1 页');
  });
});
