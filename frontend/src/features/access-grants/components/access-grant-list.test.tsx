import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import type { Me } from '@/lib/me';
import { json, stubFetch } from '@/test/fetch';
import { renderWithApp, rep1 } from '@/test/render';
import type { AccessGrant } from '../api/types';
import { AccessGrantList } from './access-grant-list';

const CUSTOMER_ID = '6f1c1c9e-5a43-4a53-9d59-2f3c1b0e7a11';

const rep2: Me = {
  ...rep1,
  id: '00000000-0000-4000-8000-000000000006',
  username: 'rep2',
  teams: ['west-team'],
  permissions: [...rep1.permissions, 'listAccessGrants', 'requestAccessGrant', 'revokeAccessGrant'],
};

const director: Me = {
  id: '00000000-0000-4000-8000-000000000003',
  username: 'director',
  roles: ['sales-director'],
  teams: [],
  partner: false,
  permissions: [
    'listCustomers',
    'getCustomer',
    'listAccessGrants',
    'requestAccessGrant',
    'approveAccessGrant',
    'rejectAccessGrant',
    'revokeAccessGrant',
    'getMe',
  ],
};

function grant(n: number, overrides: Partial<AccessGrant> = {}): AccessGrant {
  return {
    id: `0b8e6a3c-2f4d-4c1b-9e7a-${String(n).padStart(12, '0')}`,
    customerId: CUSTOMER_ID,
    granteeId: rep2.id,
    granteeUsername: 'rep2',
    reason: `客户来电投诉，需要核对合同联系人 ${n}`,
    durationHours: 24,
    status: 'PENDING',
    requestedAt: '2026-11-23T10:00:00+08:00',
    ...overrides,
  };
}

/** Answers lists with `items`, actions with the grant in its new status; records the calls. */
function server(items: AccessGrant[]) {
  return stubFetch(async (request) => {
    const url = new URL(request.url);
    const action = url.pathname.match(/\/access-grants\/([^/]+)\/(approve|reject|revoke)$/);
    if (action) {
      const status = { approve: 'APPROVED', reject: 'REJECTED', revoke: 'REVOKED' } as const;
      return json(grant(1, { id: action[1], status: status[action[2] as keyof typeof status] }));
    }
    return json({ items });
  });
}

const posts = (fetch: ReturnType<typeof server>) =>
  fetch.requests().filter((r) => r.method === 'POST');

beforeEach(async () => {
  await changeLanguage('zh-CN');
});

describe('AccessGrantList', () => {
  it('gives an approver the pending inbox; approving posts to the grant', async () => {
    const fetch = server([grant(1)]);
    const user = userEvent.setup();
    renderWithApp(<AccessGrantList />, { me: director });

    expect(screen.getByRole('tab', { name: /待审批/ })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: '全部' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: '我的申请' })).toBeInTheDocument();
    const row = (await screen.findByText('客户来电投诉，需要核对合同联系人 1')).closest('tr')!;
    const listUrl = new URL(fetch.requests()[0].url);
    expect(listUrl.searchParams.get('status')).toBe('PENDING');
    expect(listUrl.searchParams.get('limit')).toBe('20');

    await user.click(within(row).getByRole('button', { name: /批\s*准/ }));
    await waitFor(() => expect(posts(fetch)).toHaveLength(1));
    expect(new URL(posts(fetch)[0].url).pathname).toBe(
      `/api/v1/access-grants/${grant(1).id}/approve`,
    );
  });

  it('asks for a reason before rejecting and sends it', async () => {
    const fetch = server([grant(1)]);
    const user = userEvent.setup();
    renderWithApp(<AccessGrantList />, { me: director });
    const row = (await screen.findByText('客户来电投诉，需要核对合同联系人 1')).closest('tr')!;

    await user.click(within(row).getByRole('button', { name: /驳\s*回/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /驳\s*回/ }));
    expect(await within(dialog).findByText('请填写驳回理由')).toBeInTheDocument();
    expect(posts(fetch)).toHaveLength(0);

    await user.click(within(dialog).getByLabelText('驳回理由'));
    await user.paste('请联系客户负责人协助处理。');
    await user.click(within(dialog).getByRole('button', { name: /驳\s*回/ }));
    await waitFor(() => expect(posts(fetch)).toHaveLength(1));
    const reject = posts(fetch)[0];
    expect(new URL(reject.url).pathname).toBe(`/api/v1/access-grants/${grant(1).id}/reject`);
    expect(await reject.clone().json()).toEqual({ reason: '请联系客户负责人协助处理。' });
  });

  it('shows a requester only its own requests, with status, validity, a link and revoke', async () => {
    const fetch = server([
      grant(1, {
        status: 'APPROVED',
        validFrom: '2026-11-23T10:30:00+08:00',
        validUntil: '2026-11-24T10:30:00+08:00',
      }),
      grant(2, { status: 'REJECTED', decisionReason: '请联系客户负责人' }),
      grant(3, { status: 'EXPIRED' }),
    ]);
    const user = userEvent.setup();
    renderWithApp(<AccessGrantList />, { me: rep2 });

    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['我的申请']);
    const approved = (await screen.findByText('客户来电投诉，需要核对合同联系人 1')).closest('tr')!;
    expect(new URL(fetch.requests()[0].url).searchParams.get('mine')).toBe('true');
    expect(within(approved).getByText('已批准')).toBeInTheDocument();
    expect(within(approved).getByText(/^有效至/)).toBeInTheDocument();
    expect(within(approved).getByRole('link', { name: '打开客户' })).toHaveAttribute(
      'href',
      `/customers/${CUSTOMER_ID}`,
    );
    const rejected = screen.getByText('客户来电投诉，需要核对合同联系人 2').closest('tr')!;
    expect(within(rejected).getByText('已驳回')).toBeInTheDocument();
    expect(within(rejected).getByText(/请联系客户负责人/)).toBeInTheDocument();
    expect(within(rejected).queryByRole('button', { name: /撤\s*销/ })).not.toBeInTheDocument();
    const expired = screen.getByText('客户来电投诉，需要核对合同联系人 3').closest('tr')!;
    expect(within(expired).getByText('已过期')).toBeInTheDocument();
    expect(within(expired).queryByRole('link')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /批\s*准/ })).not.toBeInTheDocument();

    await user.click(within(approved).getByRole('button', { name: /撤\s*销/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /撤\s*销/ }));
    expect(await within(dialog).findByText('请填写撤销理由')).toBeInTheDocument();
    expect(posts(fetch)).toHaveLength(0);
    await user.click(within(dialog).getByLabelText(/撤销理由/));
    await user.paste('核对工作已完成。');
    await user.click(within(dialog).getByRole('button', { name: /撤\s*销/ }));
    await waitFor(() => expect(posts(fetch)).toHaveLength(1));
    expect(new URL(posts(fetch)[0].url).pathname).toBe(
      `/api/v1/access-grants/${grant(1).id}/revoke`,
    );
    expect(await posts(fetch)[0].clone().json()).toEqual({ reason: '核对工作已完成。' });
  });
});
