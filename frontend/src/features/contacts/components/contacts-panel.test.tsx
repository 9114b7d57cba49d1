import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { json, stubFetch } from '@/test/fetch';
import { renderWithApp } from '@/test/render';
import type { Contact } from '../api/types';
import { ContactsPanel } from './contacts-panel';

const customerId = '6f1c1c9e-5a43-4a53-9d59-2f3c1b0e7a11';
const contact = (id: string, name: string, extra: Partial<Contact> = {}): Contact => ({
  id,
  customerId,
  name,
  primary: false,
  active: true,
  version: 2,
  createdAt: '2026-11-23T09:31:00+08:00',
  updatedAt: '2026-11-23T09:31:00+08:00',
  ...extra,
});
const wang = contact('0b6d9a51-2c8e-4f0e-9a7b-3d1f0e9c2a44', '王建国', { primary: true });
const zhao = contact('1c7e0b62-3d9f-4a1f-8b8c-4e2a1f0d3b55', '赵丽', { active: false });

beforeEach(async () => {
  await changeLanguage('zh-CN');
});

describe('ContactsPanel', () => {
  it('marks the primary contact, hides those who left unless asked, and marks one as left', async () => {
    const server = stubFetch((request) => {
      const url = new URL(request.url);
      if (request.method === 'DELETE') return new Response(null, { status: 204 });
      if (url.pathname.endsWith(wang.id)) return json(wang, { headers: { ETag: '"2"' } });
      return json({
        items: url.searchParams.get('includeInactive') === 'true' ? [wang, zhao] : [wang],
      });
    });
    const user = userEvent.setup();
    renderWithApp(<ContactsPanel customerId={customerId} />);

    const row = (await screen.findByText('王建国')).closest('tr') as HTMLElement;
    expect(within(row).getByText('主要联系人')).toBeInTheDocument();
    expect(screen.queryByText('赵丽')).not.toBeInTheDocument();

    await user.click(screen.getByRole('switch', { name: '显示已离职' }));
    const left = (await screen.findByText('赵丽')).closest('tr') as HTMLElement;
    expect(within(left).getByText('已离职')).toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: '标记离职' }));
    await user.click(await screen.findByRole('button', { name: /确\s*定|OK/ }));

    await waitFor(() => expect(server.requests().some((r) => r.method === 'DELETE')).toBe(true));
    const del = server.requests().find((r) => r.method === 'DELETE')!;
    expect(new URL(del.url).pathname).toBe(`/api/v1/customers/${customerId}/contacts/${wang.id}`);
    expect(del.headers.get('If-Match')).toBe('"2"');
  });
});
