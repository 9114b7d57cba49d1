import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatDateTime } from '@/lib/format';
import { changeLanguage } from '@/lib/i18n';
import type { Me } from '@/lib/me';
import { json, problem, stubFetch } from '@/test/fetch';
import { renderWithApp } from '@/test/render';
import type { AuditEvent } from '../api/types';
import { AuditEventList } from './audit-event-list';

const CUSTOMER_ID = '6f1c1c9e-5a43-4a53-9d59-2f3c1b0e7a11';

const auditor: Me = {
  id: '00000000-0000-4000-8000-000000000010',
  username: 'auditor',
  displayName: '审计员',
  roles: ['auditor'],
  teams: [],
  partner: false,
  permissions: ['listAuditEvents', 'verifyAuditChain', 'listAccessLog', 'getMe'],
};

function event(n: number, overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: `9a4f2e61-0c1b-4f7d-8e2a-${String(n).padStart(12, '0')}`,
    seq: n,
    occurredAt: '2026-11-23T10:02:11+08:00',
    entityType: 'CUSTOMER',
    entityId: CUSTOMER_ID,
    customerId: CUSTOMER_ID,
    action: 'UPDATE',
    changes: [{ field: 'phone', old: '021-58880000', new: '021-58881234' }],
    actorId: '00000000-0000-4000-8000-000000000005',
    actorUsername: `rep${n}`,
    clientId: 'dossier-web',
    traceId: `trace-${n}`,
    prevHash: '0'.repeat(64),
    hash: 'a'.repeat(64),
    ...overrides,
  };
}

type Verify = { valid: boolean; checked: number; firstBrokenId?: string; firstBrokenAt?: string };

function server(verification: Verify = { valid: true, checked: 1042 }) {
  return stubFetch((request) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/v1/audit-events/verify') return json(verification);
    const cursor = url.searchParams.get('cursor');
    if (!cursor) {
      return json({
        items: [
          event(1),
          event(2, {
            action: 'CREATE',
            changes: [{ field: 'name', old: null, new: '<b>上海测试</b>有限公司' }],
          }),
        ],
        nextCursor: 'c1',
      });
    }
    if (cursor === 'c1') return json({ items: [event(3, { action: 'ARCHIVE' })] });
    return problem(400);
  });
}

const auditRequests = (requests: Request[]) =>
  requests.filter((r) => new URL(r.url).pathname === '/api/v1/audit-events');

beforeEach(async () => {
  await changeLanguage('zh-CN');
});

describe('AuditEventList', () => {
  it('lists events with time, actor, action, entity, customer link and trace id', async () => {
    server();
    renderWithApp(<AuditEventList />, { me: auditor });

    expect(await screen.findByText('rep1')).toBeInTheDocument();
    const row = screen.getByText('rep1').closest('tr')!;
    expect(within(row).getByText('修改')).toBeInTheDocument();
    expect(within(row).getByText('客户档案')).toBeInTheDocument();
    expect(within(row).getByText('dossier-web')).toBeInTheDocument();
    expect(within(row).getByText('trace-1')).toBeInTheDocument();
    expect(
      within(row).getByText(formatDateTime('2026-11-23T10:02:11+08:00', 'zh-CN')),
    ).toBeInTheDocument();
    // The auditor may not open customer archives: the id is shown, not linked.
    expect(within(row).queryByRole('link')).not.toBeInTheDocument();
    expect(within(row).getByTitle(CUSTOMER_ID)).toBeInTheDocument();
    expect(screen.getByText('新建')).toBeInTheDocument();
  });

  it('links the customer for callers who may open it', async () => {
    server();
    renderWithApp(<AuditEventList />, {
      me: { ...auditor, permissions: [...auditor.permissions, 'getCustomer'] },
    });
    const row = (await screen.findByText('rep1')).closest('tr')!;
    expect(within(row).getByRole('link')).toHaveAttribute('href', `/customers/${CUSTOMER_ID}`);
  });

  it('expands a row into its field changes, old → new, with stored text shown as text', async () => {
    server();
    const user = userEvent.setup();
    const { container } = renderWithApp(<AuditEventList />, { me: auditor });
    await screen.findByText('rep1');
    expect(screen.queryByText('021-58881234')).not.toBeInTheDocument();

    const expander = (username: string) =>
      within(screen.getByText(username).closest('tr')!).getByRole('button', { name: /展开/ });
    await user.click(expander('rep1'));
    const changes = await screen.findByTestId(`changes-${event(1).id}`);
    expect(within(changes).getByText('电话')).toBeInTheDocument();
    expect(within(changes).getByText('021-58880000')).toBeInTheDocument();
    expect(within(changes).getByText('021-58881234')).toBeInTheDocument();

    await user.click(expander('rep2'));
    const created = await screen.findByTestId(`changes-${event(2).id}`);
    expect(within(created).getByText('（空）')).toBeInTheDocument();
    expect(within(created).getByText('<b>上海测试</b>有限公司')).toBeInTheDocument();
    expect(container.querySelector('b')).toBeNull();
  });

  it('pages with the nextCursor and sends the filters', async () => {
    const fetch = server();
    const user = userEvent.setup();
    renderWithApp(<AuditEventList />, { me: auditor });
    await screen.findByText('rep1');

    await user.click(screen.getByRole('button', { name: '下一页' }));
    expect(await screen.findByText('rep3')).toBeInTheDocument();
    expect(screen.getByTestId('page-number')).toHaveTextContent('第 2 页');
    await waitFor(() => expect(screen.getByRole('button', { name: '下一页' })).toBeDisabled());

    const cursors = auditRequests(fetch.requests()).map((r) =>
      new URL(r.url).searchParams.get('cursor'),
    );
    expect(cursors).toEqual([null, 'c1']);
    expect(new URL(auditRequests(fetch.requests())[0].url).searchParams.get('limit')).toBe('20');

    // A filter starts again from the first page.
    await user.click(screen.getByRole('textbox', { name: '客户 ID' }));
    await user.paste(CUSTOMER_ID);
    await waitFor(() => {
      const last = auditRequests(fetch.requests()).at(-1)!;
      expect(new URL(last.url).searchParams.get('customerId')).toBe(CUSTOMER_ID);
      expect(new URL(last.url).searchParams.has('cursor')).toBe(false);
    });
    expect(screen.getByTestId('page-number')).toHaveTextContent('第 1 页');
  });

  it('does not send an incomplete customer id', async () => {
    const fetch = server();
    const user = userEvent.setup();
    renderWithApp(<AuditEventList />, { me: auditor });
    await screen.findByText('rep1');
    await user.type(screen.getByRole('textbox', { name: '客户 ID' }), '6f1c');
    expect(await screen.findByText('请输入完整的 ID（UUID）')).toBeInTheDocument();
    for (const r of auditRequests(fetch.requests())) {
      expect(new URL(r.url).searchParams.has('customerId')).toBe(false);
    }
  });

  it('verifies the chain: valid in green with the checked count', async () => {
    const fetch = server({ valid: true, checked: 1042 });
    const user = userEvent.setup();
    renderWithApp(<AuditEventList />, { me: auditor });
    await screen.findByText('rep1');

    await user.click(screen.getByRole('button', { name: /校验链/ }));
    const result = await screen.findByTestId('verify-result');
    expect(result).toHaveTextContent('哈希链完整：已校验 1,042 条记录');
    expect(result.className).toMatch(/success/);
    expect(
      fetch.requests().filter((r) => new URL(r.url).pathname === '/api/v1/audit-events/verify'),
    ).toHaveLength(1);
  });

  it('verifies the chain: broken in red with the first broken event id and time', async () => {
    const brokenAt = '2026-11-23T10:02:11+08:00';
    server({
      valid: false,
      checked: 1042,
      firstBrokenId: '9a4f2e61-0c1b-4f7d-8e2a-5b6c7d8e9f01',
      firstBrokenAt: brokenAt,
    });
    const user = userEvent.setup();
    renderWithApp(<AuditEventList />, { me: auditor });
    await screen.findByText('rep1');

    await user.click(screen.getByRole('button', { name: /校验链/ }));
    const result = await screen.findByTestId('verify-result');
    expect(result).toHaveTextContent('9a4f2e61-0c1b-4f7d-8e2a-5b6c7d8e9f01');
    expect(result).toHaveTextContent(formatDateTime(brokenAt, 'zh-CN'));
    expect(result).toHaveTextContent('哈希链已断裂');
    expect(result.className).toMatch(/error/);
  });
});
