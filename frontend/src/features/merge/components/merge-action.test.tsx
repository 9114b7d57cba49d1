import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import type { Me } from '@/lib/me';
import { json, problem, stubFetch } from '@/test/fetch';
import { renderWithApp, rep1, supervisor } from '@/test/render';
import type { Customer } from '../api/types';
import { MergeAction } from './merge-action';
import { MergedNotice } from './merged-notice';

const TARGET = '6f1c1c9e-5a43-4a53-9d59-2f3c1b0e7a11';
const SOURCE = '0b6d9a51-2c8e-4f0e-9a7b-3d1f0e9c2a44';

const merger: Me = { ...supervisor, permissions: [...supervisor.permissions, 'mergeCustomer'] };

function customer(overrides: Partial<Customer> = {}): Customer {
  return {
    id: TARGET,
    archiveNo: 'KH-2026-000123',
    kind: 'ORGANIZATION',
    name: '上海建投贸易有限公司',
    status: 'APPROVED',
    version: 3,
    createdAt: '2026-11-23T09:30:00+08:00',
    updatedAt: '2026-11-23T10:02:11+08:00',
    ...overrides,
  };
}

const duplicate = customer({
  id: SOURCE,
  archiveNo: 'KH-2026-000456',
  name: '上海建投贸易公司',
  status: 'DRAFT',
});

beforeEach(async () => {
  await changeLanguage('zh-CN');
});

describe('MergeAction', { timeout: 30_000 }, () => {
  it('is hidden from roles that may not merge and on archived archives', () => {
    const { unmount } = renderWithApp(
      <MergeAction versioned={{ customer: customer(), etag: '"3"' }} onMerged={vi.fn()} />,
      { me: rep1 },
    );
    expect(screen.queryByRole('button', { name: /合并重复档案/ })).not.toBeInTheDocument();
    unmount();
    renderWithApp(
      <MergeAction
        versioned={{ customer: customer({ status: 'ARCHIVED' }), etag: '"3"' }}
        onMerged={vi.fn()}
      />,
      { me: merger },
    );
    expect(screen.queryByRole('button', { name: /合并重复档案/ })).not.toBeInTheDocument();
  });

  it('finds the duplicate by archive number and merges it with a reason and the ETag', async () => {
    const fetch = stubFetch((request) => {
      const url = new URL(request.url);
      if (request.method === 'GET') return json({ items: [duplicate] });
      if (url.pathname.endsWith('/merge')) return json(customer(), { headers: { ETag: '"4"' } });
      return problem(404);
    });
    const onMerged = vi.fn();
    const user = userEvent.setup();
    renderWithApp(
      <MergeAction versioned={{ customer: customer(), etag: '"3"' }} onMerged={onMerged} />,
      { me: merger },
    );

    await user.click(screen.getByRole('button', { name: /合并重复档案/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('重复档案的档案编号'), 'kh-2026-000456');
    await user.click(within(dialog).getByRole('button', { name: /查\s*找/ }));
    expect(await within(dialog).findByText('上海建投贸易公司')).toBeInTheDocument();
    const search = new URL(fetch.requests()[0]!.url);
    expect(search.searchParams.get('q')).toBe('KH-2026-000456');

    await user.click(within(dialog).getByRole('button', { name: /合\s*并/ }));
    expect(await within(dialog).findByText('请填写合并理由')).toBeInTheDocument();
    await user.click(within(dialog).getByLabelText('合并理由'));
    await user.paste('同一客户重复建档');
    await user.click(within(dialog).getByRole('button', { name: /合\s*并/ }));

    await waitFor(() => expect(onMerged).toHaveBeenCalled());
    const post = fetch.requests().find((r) => r.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe(`/api/v1/customers/${TARGET}/merge`);
    expect(post.headers.get('If-Match')).toBe('"3"');
    expect(await post.json()).toEqual({ sourceId: SOURCE, reason: '同一客户重复建档' });
  });

  it('says when no archive has the number and shows a refused merge', async () => {
    let merged = false;
    stubFetch((request) => {
      if (request.method === 'GET') {
        const q = new URL(request.url).searchParams.get('q');
        return json({ items: q === 'KH-2026-000999' ? [] : [duplicate] });
      }
      merged = true;
      return problem(409, {
        type: 'https://dossier.app/problems/kind-mismatch',
        detail: 'Only archives of the same kind are merged.',
      });
    });
    const user = userEvent.setup();
    renderWithApp(
      <MergeAction versioned={{ customer: customer(), etag: '"3"' }} onMerged={vi.fn()} />,
      { me: merger },
    );
    await user.click(screen.getByRole('button', { name: /合并重复档案/ }));
    const dialog = await screen.findByRole('dialog');
    const input = within(dialog).getByLabelText('重复档案的档案编号');
    await user.type(input, 'KH-2026-000999{Enter}');
    expect(await within(dialog).findByText('您的查看范围内没有该编号的档案')).toBeInTheDocument();

    await user.clear(input);
    await user.type(input, 'KH-2026-000456{Enter}');
    await within(dialog).findByText('上海建投贸易公司');
    await user.click(within(dialog).getByLabelText('合并理由'));
    await user.paste('重复建档');
    await user.click(within(dialog).getByRole('button', { name: /合\s*并/ }));
    expect(await within(dialog).findByText(/same kind/)).toBeInTheDocument();
    expect(merged).toBe(true);
  });
});

describe('MergedNotice', () => {
  it('links a merged archive to the archive it was merged into', () => {
    renderWithApp(
      <MergedNotice
        customer={customer({
          id: SOURCE,
          status: 'ARCHIVED',
          mergedInto: TARGET,
          mergedAt: '2026-11-23T10:02:11+08:00',
        })}
      />,
    );
    expect(screen.getByText('本档案已合并到另一份档案')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '查看合并后的档案' })).toHaveAttribute(
      'href',
      `/customers/${TARGET}`,
    );
  });

  it('shows nothing on an archive that was not merged', () => {
    renderWithApp(<MergedNotice customer={customer()} />);
    expect(screen.queryByTestId('merged-notice')).not.toBeInTheDocument();
  });
});
