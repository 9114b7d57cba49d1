import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { LanguageSwitch } from '@/components/language-switch';
import { formatDateTime } from '@/lib/format';
import { changeLanguage, i18n } from '@/lib/i18n';
import { json, stubFetch } from '@/test/fetch';
import { renderWithApp } from '@/test/render';
import { useLocation } from 'react-router';
import type { Customer } from '../api/types';
import { CustomerList } from './customer-list';

function customer(n: number): Customer {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    archiveNo: `KH-2026-${String(n).padStart(6, '0')}`,
    kind: n % 2 ? 'ORGANIZATION' : 'INDIVIDUAL',
    name: `客户${n}号有限公司`,
    status: 'DRAFT',
    team: 'east-team',
    version: 0,
    createdAt: '2026-11-23T09:30:00+08:00',
    updatedAt: '2026-11-23T09:30:00+08:00',
  };
}

/** Three pages of two customers, chained by cursors c1 and c2. */
function pagedServer() {
  return stubFetch((request) => {
    const url = new URL(request.url);
    const cursor = url.searchParams.get('cursor');
    if (url.searchParams.get('q')) {
      return json({ items: [customer(99)] });
    }
    if (!cursor) return json({ items: [customer(1), customer(2)], nextCursor: 'c1' });
    if (cursor === 'c1') return json({ items: [customer(3), customer(4)], nextCursor: 'c2' });
    return json({ items: [customer(5)] });
  });
}

const cursors = (requests: Request[]) =>
  requests.map((r) => new URL(r.url).searchParams.get('cursor'));

function LocationProbe() {
  return <div data-testid="location">{useLocation().search}</div>;
}

beforeEach(async () => {
  await changeLanguage('zh-CN');
});

describe('CustomerList', () => {
  it('pages forward through nextCursor and back through the kept cursor stack', async () => {
    const server = pagedServer();
    const user = userEvent.setup();
    renderWithApp(<CustomerList />);

    expect(await screen.findByText('客户1号有限公司')).toBeInTheDocument();
    const next = screen.getByRole('button', { name: '下一页' });
    const previous = screen.getByRole('button', { name: '上一页' });
    expect(previous).toBeDisabled();

    await user.click(next);
    expect(await screen.findByText('客户3号有限公司')).toBeInTheDocument();
    expect(screen.getByTestId('page-number')).toHaveTextContent('第 2 页');

    await user.click(screen.getByRole('button', { name: '下一页' }));
    expect(await screen.findByText('客户5号有限公司')).toBeInTheDocument();
    // The last page has no nextCursor.
    await waitFor(() => expect(screen.getByRole('button', { name: '下一页' })).toBeDisabled());

    await user.click(screen.getByRole('button', { name: '上一页' }));
    expect(await screen.findByText('客户3号有限公司')).toBeInTheDocument();
    expect(screen.getByTestId('page-number')).toHaveTextContent('第 2 页');

    await user.click(screen.getByRole('button', { name: '上一页' }));
    expect(await screen.findByText('客户1号有限公司')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '上一页' })).toBeDisabled();

    expect(cursors(server.requests())).toEqual([null, 'c1', 'c2']);
    const first = new URL(server.requests()[0].url).searchParams;
    expect(first.get('limit')).toBe('20');
    expect(first.get('sort')).toBe('-createdAt');
  });

  it('searches Chinese text after a pause and starts again from the first page', async () => {
    const server = pagedServer();
    const user = userEvent.setup();
    renderWithApp(<CustomerList />);

    await screen.findByText('客户1号有限公司');
    await user.click(screen.getByRole('button', { name: '下一页' }));
    await screen.findByText('客户3号有限公司');

    await user.type(screen.getByRole('textbox', { name: '搜索' }), '建投');

    // The text settles (300 ms), reaches the URL, then the server.
    expect(
      await screen.findByText('客户99号有限公司', undefined, { timeout: 3000 }),
    ).toBeInTheDocument();
    const searches = server.requests().filter((r) => new URL(r.url).searchParams.has('q'));
    // Debounced: one request for the whole word, not one per keystroke.
    expect(searches).toHaveLength(1);
    expect(new URL(searches[0].url).searchParams.get('q')).toBe('建投');
    expect(new URL(searches[0].url).searchParams.has('cursor')).toBe(false);
    expect(screen.getByTestId('page-number')).toHaveTextContent('第 1 页');
  });

  it('offers "New customer" only when /me lists createCustomer', async () => {
    pagedServer();
    renderWithApp(<CustomerList />, {
      me: {
        id: 'a',
        username: 'agent',
        roles: ['service-agent'],
        teams: [],
        partner: false,
        permissions: ['listCustomers', 'getCustomer', 'listContacts', 'getContact', 'getMe'],
      },
    });
    await screen.findByText('客户1号有限公司');
    expect(screen.queryByRole('button', { name: /新建客户/ })).not.toBeInTheDocument();
  });

  it('switches labels, enum texts and dates to English with the language switch', async () => {
    pagedServer();
    const user = userEvent.setup();
    renderWithApp(
      <>
        <LanguageSwitch />
        <CustomerList />
      </>,
    );
    await screen.findByText('客户1号有限公司');
    expect(screen.getByText('客户档案')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: '档案编号' })).toBeInTheDocument();
    expect(screen.getAllByText('单位客户').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: /新建客户/ })).toBeInTheDocument();
    const zhDate = formatDateTime(customer(1).updatedAt, 'zh-CN');
    expect(zhDate).toMatch(/2026年11月2\d日/);
    expect(screen.getAllByText(zhDate).length).toBeGreaterThan(0);

    await user.click(screen.getByText('English'));

    expect(await screen.findByText('Customer archives')).toBeInTheDocument();
    expect(i18n.language).toBe('en');
    expect(screen.getByRole('columnheader', { name: 'Archive no.' })).toBeInTheDocument();
    expect(screen.getAllByText('Organisation').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: /New customer/ })).toBeInTheDocument();
    expect(screen.queryByText('客户档案')).not.toBeInTheDocument();
    const enDate = formatDateTime(customer(1).updatedAt, 'en');
    expect(enDate).toMatch(/Nov 2\d, 2026/);
    expect(screen.getAllByText(enDate).length).toBeGreaterThan(0);
    expect(document.documentElement.lang).toBe('en');
  });

  it('takes its search and filters from the URL and keeps the URL in step (bookmarkable)', async () => {
    const server = pagedServer();
    const user = userEvent.setup();
    renderWithApp(
      <>
        <CustomerList />
        <LocationProbe />
      </>,
      { route: '/?q=%E4%B8%8A%E6%B5%B7&status=DRAFT&sort=name' },
    );
    expect(await screen.findByText('客户99号有限公司')).toBeInTheDocument();
    const first = new URL(server.requests()[0].url).searchParams;
    expect(first.get('q')).toBe('上海');
    expect(first.get('status')).toBe('DRAFT');
    expect(first.get('sort')).toBe('name');
    expect(screen.getByRole('textbox', { name: '搜索' })).toHaveValue('上海');

    await user.type(screen.getByRole('textbox', { name: '所在地区' }), '华东 区');
    await waitFor(() =>
      expect(
        new URLSearchParams(screen.getByTestId('location').textContent ?? '').get('region'),
      ).toBe('华东 区'),
    );
    const last = new URL(server.requests().at(-1)!.url).searchParams;
    expect(last.get('region')).toBe('华东 区');
    expect(last.get('q')).toBe('上海');

    await user.clear(screen.getByRole('textbox', { name: '搜索' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).not.toContain('q='), {
      timeout: 3000,
    });
  });

  it('says what the search box matches', async () => {
    pagedServer();
    const user = userEvent.setup();
    renderWithApp(<CustomerList />);
    await screen.findByText('客户1号有限公司');
    expect(screen.getByRole('textbox', { name: '搜索' })).toHaveAttribute(
      'placeholder',
      expect.stringContaining('拼音或首字母'),
    );
    await user.hover(screen.getByLabelText('可搜索的内容'));
    expect(await screen.findByText(/shjt、shanghai 找到“上海建投”/)).toBeInTheDocument();
  });
});
