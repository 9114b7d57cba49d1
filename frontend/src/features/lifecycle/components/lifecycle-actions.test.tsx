import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import type { Me } from '@/lib/me';
import { json, problem, stubFetch } from '@/test/fetch';
import { renderWithApp, rep1 } from '@/test/render';
import type { Customer } from '../api/types';
import { LifecycleActions } from './lifecycle-actions';

const ID = '6f1c1c9e-5a43-4a53-9d59-2f3c1b0e7a11';

const owner: Me = {
  ...rep1,
  permissions: [...rep1.permissions, 'submitCustomer', 'proposeCorrection'],
};

const director: Me = {
  id: '00000000-0000-4000-8000-000000000003',
  username: 'director',
  roles: ['sales-director'],
  teams: [],
  partner: false,
  permissions: ['getCustomer', 'approveCustomer', 'rejectCustomer', 'proposeCorrection', 'getMe'],
};

function customer(overrides: Partial<Customer> = {}): Customer {
  return {
    id: ID,
    archiveNo: 'KH-2026-000123',
    kind: 'ORGANIZATION',
    name: '上海建投贸易有限公司',
    phone: '021-58880000',
    status: 'DRAFT',
    version: 3,
    createdAt: '2026-11-23T09:30:00+08:00',
    updatedAt: '2026-11-23T10:02:11+08:00',
    ...overrides,
  };
}

/** Answers every call with the customer in `next` status (or the given response). */
function server(respond: (request: Request) => Response) {
  return stubFetch(async (request) => respond(request));
}

beforeEach(async () => {
  await changeLanguage('zh-CN');
});

// Full antd forms rendered in happy-dom take seconds on a busy machine.
describe('LifecycleActions', { timeout: 20_000 }, () => {
  it('lets the owner submit a draft with the ETag it read', async () => {
    const fetch = server(() =>
      json(customer({ status: 'PENDING_APPROVAL' }), { headers: { ETag: '"4"' } }),
    );
    const onChanged = vi.fn();
    const user = userEvent.setup();
    renderWithApp(
      <LifecycleActions versioned={{ customer: customer(), etag: '"3"' }} onChanged={onChanged} />,
      {
        me: owner,
      },
    );

    expect(screen.queryByRole('button', { name: /审批通过/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /提交审批/ }));
    await user.click(await screen.findByRole('button', { name: /确\s*定|OK/ }));

    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    const post = fetch.requests().find((r) => r.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe(`/api/v1/customers/${ID}/submit`);
    expect(post.headers.get('If-Match')).toBe('"3"');
  });

  it('gives a director approve and reject; rejecting needs a reason', async () => {
    const fetch = server(() => json(customer({ status: 'DRAFT' }), { headers: { ETag: '"5"' } }));
    const onChanged = vi.fn();
    const user = userEvent.setup();
    renderWithApp(
      <LifecycleActions
        versioned={{ customer: customer({ status: 'PENDING_APPROVAL' }), etag: '"4"' }}
        onChanged={onChanged}
      />,
      { me: director },
    );

    expect(screen.getByRole('button', { name: /审批通过/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /提交审批/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /退\s*回/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /退\s*回/ }));
    expect(await within(dialog).findByText('请填写理由')).toBeInTheDocument();
    expect(fetch.requests().filter((r) => r.method === 'POST')).toHaveLength(0);

    await user.click(within(dialog).getByLabelText('理由'));
    await user.paste('营业执照复印件缺页');
    await user.click(within(dialog).getByRole('button', { name: /退\s*回/ }));

    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    const post = fetch.requests().find((r) => r.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe(`/api/v1/customers/${ID}/reject`);
    expect(await post.json()).toEqual({ reason: '营业执照复印件缺页' });
  });

  it('shows the server’s explanation when a transition is refused', async () => {
    server(() =>
      problem(409, {
        type: 'https://dossier.app/problems/invalid-transition',
        detail:
          'This archive is APPROVED. It is already approved; propose a correction to change it.',
      }),
    );
    const user = userEvent.setup();
    renderWithApp(
      <LifecycleActions versioned={{ customer: customer(), etag: '"3"' }} onChanged={vi.fn()} />,
      { me: owner },
    );
    await user.click(screen.getByRole('button', { name: /提交审批/ }));
    await user.click(await screen.findByRole('button', { name: /确\s*定|OK/ }));
    expect(await screen.findByText(/propose a correction/)).toBeInTheDocument();
  });

  it('offers a correction instead of editing an approved archive and sends old and new values', async () => {
    const fetch = server(() =>
      json(
        {
          id: '3d7c1e0a-9b2f-4e5d-8c6a-1f0e2d3c4b5a',
          customerId: ID,
          status: 'PENDING',
          changes: [],
          reason: 'x',
          proposedAt: '2026-11-23T10:00:00+08:00',
        },
        { status: 201 },
      ),
    );
    const user = userEvent.setup();
    renderWithApp(
      <LifecycleActions
        versioned={{
          customer: customer({ status: 'APPROVED', nextReviewOn: '2027-01-23' }),
          etag: '"6"',
        }}
        onChanged={vi.fn()}
      />,
      { me: owner },
    );
    expect(screen.queryByRole('button', { name: /提交审批/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /提交更正/ }));
    const dialog = await screen.findByRole('dialog');

    await user.click(within(dialog).getByRole('combobox', { name: '字段' }));
    await user.click(await screen.findByTitle('电话'));
    expect(within(dialog).getByTestId('old-value-0')).toHaveTextContent('021-58880000');
    await user.click(within(dialog).getByRole('textbox', { name: /新值/ }));
    await user.paste('021-58881234');
    await user.click(within(dialog).getByLabelText('更正理由'));
    await user.paste('客户总机号码已变更');
    await user.click(within(dialog).getByRole('button', { name: /提\s*交/ }));

    await waitFor(() => expect(fetch.requests().some((r) => r.method === 'POST')).toBe(true));
    const post = fetch.requests().find((r) => r.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe(`/api/v1/customers/${ID}/corrections`);
    expect(await post.json()).toEqual({
      changes: [{ field: 'phone', oldValue: '021-58880000', newValue: '021-58881234' }],
      reason: '客户总机号码已变更',
    });
  });
});
