import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { json, stubFetch } from '@/test/fetch';
import { renderWithApp, rep1 } from '@/test/render';
import { ReviewsDueList } from './reviews-due-list';

const reviewer = {
  ...rep1,
  permissions: [...rep1.permissions, 'listDueReviews', 'recordReview'],
} as typeof rep1;

const due = {
  id: '6f1c1c9e-5a43-4a53-9d59-2f3c1b0e7a11',
  archiveNo: 'KH-2026-000123',
  kind: 'ORGANIZATION',
  name: '上海建投贸易有限公司',
  status: 'APPROVED',
  team: 'east-team',
  nextReviewOn: '2026-11-20',
  version: 3,
  createdAt: '2026-11-23T09:30:00+08:00',
  updatedAt: '2026-11-23T10:02:11+08:00',
};

beforeEach(async () => {
  await changeLanguage('zh-CN');
});

// Full antd forms rendered in happy-dom take seconds on a busy machine.
describe('ReviewsDueList', { timeout: 20_000 }, () => {
  it('lists the archives due and records a review', async () => {
    const fetch = stubFetch(async (request) => {
      if (request.method === 'POST') {
        return json(
          {
            id: '1d7c1e0a-9b2f-4e5d-8c6a-1f0e2d3c4b5a',
            customerId: due.id,
            checked: true,
            reviewedOn: '2026-11-23',
            reviewedAt: '2026-11-23T10:00:00+08:00',
            nextReviewOn: '2027-01-23',
          },
          { status: 201 },
        );
      }
      return json({ items: [due] });
    });
    const user = userEvent.setup();
    renderWithApp(<ReviewsDueList />, { me: reviewer });

    expect(await screen.findByText('上海建投贸易有限公司')).toBeInTheDocument();
    expect(new URL(fetch.requests()[0].url).searchParams.get('withinDays')).toBe('0');
    await user.click(screen.getByRole('button', { name: /登记复核/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('复核意见'));
    await user.paste('联系人已核实');
    await user.click(within(dialog).getByLabelText('客户等级'));
    await user.paste('A');
    await user.click(within(dialog).getByRole('button', { name: /登记复核/ }));

    await waitFor(() => expect(fetch.requests().some((r) => r.method === 'POST')).toBe(true));
    const post = fetch.requests().find((r) => r.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe(`/api/v1/customers/${due.id}/reviews`);
    expect(await post.json()).toEqual({ checked: true, findings: '联系人已核实', tier: 'A' });
  });
});
