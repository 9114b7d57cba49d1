import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { json, problem, stubFetch } from '@/test/fetch';
import { renderWithApp, rep1 } from '@/test/render';
import type { TimelineItem } from '../api/types';
import { CustomerTimeline } from './customer-timeline';

const CUSTOMER_ID = '6f1c1c9e-5a43-4a53-9d59-2f3c1b0e7a11';
const me = { ...rep1, permissions: [...rep1.permissions, 'listCustomerTimeline'] };

const item = (n: number, over: Partial<TimelineItem> = {}): TimelineItem => ({
  id: `0b7f6c3e-1d2a-4c5b-9e8f-${String(n).padStart(12, '0')}`,
  occurredAt: '2026-11-23T10:30:00+08:00',
  kind: 'CUSTOMER.CREATE',
  entityType: 'CUSTOMER',
  entityId: CUSTOMER_ID,
  action: 'CREATE',
  actorId: rep1.id,
  actorUsername: 'rep1',
  changes: [],
  ...over,
});

const edit = item(2, {
  kind: 'CUSTOMER.UPDATE',
  action: 'UPDATE',
  actorUsername: 'supervisor',
  changes: [
    { field: 'phone', oldValue: '021-12345678', newValue: '021-87654321', masked: false },
    { field: 'idNumber', masked: true },
  ],
});

beforeEach(async () => {
  await changeLanguage('zh-CN');
});

describe('CustomerTimeline', () => {
  it('lists items newest first with their kind, actor and expandable field changes', async () => {
    stubFetch(() => json({ items: [edit, item(1)] }));
    const user = userEvent.setup();
    renderWithApp(<CustomerTimeline customerId={CUSTOMER_ID} />, { me });

    const items = await screen.findAllByTestId('timeline-item');
    expect(items.map((i) => i.getAttribute('data-kind'))).toEqual([
      'CUSTOMER.UPDATE',
      'CUSTOMER.CREATE',
    ]);
    expect(within(items[0]).getByText('修改档案')).toBeInTheDocument();
    expect(within(items[0]).getByTestId('timeline-actor')).toHaveTextContent('supervisor');
    expect(within(items[1]).getByText('建档')).toBeInTheDocument();
    // A creation without field changes offers nothing to expand.
    expect(within(items[1]).queryByRole('button')).not.toBeInTheDocument();

    expect(screen.queryByText('021-87654321')).not.toBeInTheDocument();
    await user.click(within(items[0]).getByRole('button', { name: /2 项变更/ }));
    const changes = await screen.findByTestId(`timeline-changes-${edit.id}`);
    expect(within(changes).getByText('021-12345678')).toBeInTheDocument();
    expect(within(changes).getByText('021-87654321')).toBeInTheDocument();
    expect(within(changes).getByText('（敏感信息，不显示）')).toBeInTheDocument();
  });

  it('loads the next page with the cursor and appends it', async () => {
    const fetch = stubFetch((request) => {
      const url = new URL(request.url);
      expect(url.pathname).toBe(`/api/v1/customers/${CUSTOMER_ID}/timeline`);
      return url.searchParams.get('cursor') === 'p2'
        ? json({ items: [item(1)] })
        : json({ items: [edit], nextCursor: 'p2' });
    });
    const user = userEvent.setup();
    renderWithApp(<CustomerTimeline customerId={CUSTOMER_ID} />, { me });

    await user.click(await screen.findByRole('button', { name: '加载更多' }));
    expect(await screen.findByText('建档')).toBeInTheDocument();
    expect(screen.getAllByTestId('timeline-item')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: '加载更多' })).not.toBeInTheDocument();
    expect(fetch.requests().map((r) => new URL(r.url).searchParams.get('cursor'))).toEqual([
      null,
      'p2',
    ]);
  });

  it('shows a kind added by a later module by its entity type and action', async () => {
    stubFetch(() =>
      json({ items: [item(3, { kind: 'VISIT.CREATE', entityType: 'VISIT', action: 'CREATE' })] }),
    );
    renderWithApp(<CustomerTimeline customerId={CUSTOMER_ID} />, { me });
    expect(await screen.findByText('VISIT CREATE')).toBeInTheDocument();
  });

  it('asks for the chosen kinds only', async () => {
    const fetch = stubFetch(() => json({ items: [item(1)] }));
    const user = userEvent.setup();
    renderWithApp(<CustomerTimeline customerId={CUSTOMER_ID} />, { me });
    await screen.findAllByTestId('timeline-item');

    await user.click(screen.getByRole('combobox', { name: '按类型筛选' }));
    await user.click(await screen.findByTitle('提交审批'));
    await screen.findAllByTestId('timeline-item');
    expect(
      fetch
        .requests()
        .map((r) => new URL(r.url).searchParams.getAll('kinds'))
        .at(-1),
    ).toEqual(['CUSTOMER.SUBMIT']);
  });

  it('says so when nothing is there, and shows problems', async () => {
    stubFetch(() => json({ items: [] }));
    const { unmount } = renderWithApp(<CustomerTimeline customerId={CUSTOMER_ID} />, { me });
    expect(await screen.findByText('暂无动态')).toBeInTheDocument();
    unmount();

    stubFetch(() => problem(404, { title: 'Not Found', detail: 'No customer with this id.' }));
    renderWithApp(<CustomerTimeline customerId={CUSTOMER_ID} />, { me });
    expect(await screen.findByText('未找到该记录，或不在您的查看范围内')).toBeInTheDocument();
    expect(screen.queryByTestId('timeline-item')).not.toBeInTheDocument();
  });
});
