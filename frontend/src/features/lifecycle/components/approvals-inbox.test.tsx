import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { json, stubFetch } from '@/test/fetch';
import { renderWithApp, supervisor } from '@/test/render';
import type { Correction } from '../api/types';
import { ApprovalsInbox } from './approvals-inbox';

const deciding = {
  ...supervisor,
  permissions: [
    ...supervisor.permissions,
    'listCorrections',
    'acceptCorrection',
    'rejectCorrection',
  ],
} as typeof supervisor;

const correction: Correction = {
  id: '3d7c1e0a-9b2f-4e5d-8c6a-1f0e2d3c4b5a',
  customerId: '6f1c1c9e-5a43-4a53-9d59-2f3c1b0e7a11',
  archiveNo: 'KH-2026-000123',
  customerName: '上海建投贸易有限公司',
  status: 'PENDING',
  changes: [{ field: 'phone', oldValue: '021-58880000', newValue: '021-58881234' }],
  reason: '客户来函',
  proposedByUsername: 'rep1',
  proposedAt: '2026-11-23T10:00:00+08:00',
};

function server() {
  return stubFetch(async (request) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/v1/corrections') return json({ items: [correction] });
    if (url.pathname.endsWith('/accept')) return json({ ...correction, status: 'ACCEPTED' });
    if (url.pathname.endsWith('/reject')) return json({ ...correction, status: 'REJECTED' });
    return json({ items: [] });
  });
}

beforeEach(async () => {
  await changeLanguage('zh-CN');
});

// Full antd forms rendered in happy-dom take seconds on a busy machine.
describe('ApprovalsInbox', { timeout: 20_000 }, () => {
  it('shows a supervisor the pending corrections only, with the change', async () => {
    const fetch = server();
    renderWithApp(<ApprovalsInbox />, { me: deciding });

    const panel = await screen.findByTestId('pending-corrections');
    expect(await within(panel).findByText(/KH-2026-000123/)).toBeInTheDocument();
    expect(within(panel).getByTestId('correction-change')).toHaveTextContent(
      '电话: 021-58880000 → 021-58881234',
    );
    // A supervisor does not approve archives: no archive list, no request for it.
    expect(screen.queryByTestId('pending-archives')).not.toBeInTheDocument();
    expect(fetch.requests().map((r) => new URL(r.url).pathname)).not.toContain('/api/v1/customers');
    expect(new URL(fetch.requests()[0].url).searchParams.get('status')).toBe('PENDING');
  });

  it('accepts a correction', async () => {
    const fetch = server();
    const user = userEvent.setup();
    renderWithApp(<ApprovalsInbox />, { me: deciding });
    await user.click(await screen.findByRole('button', { name: /采\s*纳/ }));
    await user.click(await screen.findByRole('button', { name: /确\s*定|OK/ }));
    await waitFor(() =>
      expect(fetch.requests().some((r) => r.method === 'POST' && r.url.endsWith('/accept'))).toBe(
        true,
      ),
    );
  });

  it('rejects a correction with a reason', async () => {
    const fetch = server();
    const user = userEvent.setup();
    renderWithApp(<ApprovalsInbox />, { me: deciding });
    await user.click(await screen.findByRole('button', { name: /退\s*回/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('理由'));
    await user.paste('来函未加盖公章');
    await user.click(within(dialog).getByRole('button', { name: /退\s*回/ }));
    await waitFor(() => expect(fetch.requests().some((r) => r.method === 'POST')).toBe(true));
    const post = fetch.requests().find((r) => r.method === 'POST')!;
    expect(post.url).toMatch(/\/corrections\/.+\/reject$/);
    expect(await post.json()).toEqual({ reason: '来函未加盖公章' });
  });
});
