import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { json, stubFetch } from '@/test/fetch';
import { renderWithApp } from '@/test/render';
import { ExpiringDocuments } from './expiring-documents';

const item = (daysLeft: number, title: string) => ({
  documentId: `3d0c2a8e-7b1f-4c55-9e0a-5b2f8d6c4a1${daysLeft < 0 ? 0 : daysLeft % 10}`,
  customerId: '6f1c1c9e-5a43-4a53-9d59-2f3c1b0e7a11',
  customerName: '上海建投贸易有限公司',
  archiveNo: 'KH-2026-000123',
  type: 'BUSINESS_LICENCE',
  title,
  validUntil: '2026-12-10',
  daysLeft,
});

beforeEach(async () => {
  await changeLanguage('zh-CN');
});

describe('ExpiringDocuments', () => {
  it('lists expiring licences with their customer, and asks for expired ones on demand', async () => {
    const fetch = stubFetch((request) => {
      const url = new URL(request.url);
      return json({
        items:
          url.searchParams.get('includeExpired') === 'true'
            ? [item(-2, '过期执照'), item(5, '执照副本甲')]
            : [item(5, '执照副本甲')],
      });
    });
    const user = userEvent.setup();
    renderWithApp(<ExpiringDocuments />);

    const row = (await screen.findByText('执照副本甲')).closest('tr') as HTMLElement;
    expect(within(row).getByText('5 天后到期')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: '上海建投贸易有限公司' })).toHaveAttribute(
      'href',
      '/customers/6f1c1c9e-5a43-4a53-9d59-2f3c1b0e7a11',
    );
    expect(new URL(fetch.requests()[0].url).searchParams.get('withinDays')).toBe('30');

    await user.click(screen.getByRole('switch', { name: '含已过期' }));
    expect(await screen.findByText('已过期 2 天')).toBeInTheDocument();
    await waitFor(() =>
      expect(
        fetch.requests().some((r) => new URL(r.url).searchParams.get('includeExpired') === 'true'),
      ).toBe(true),
    );
  }, 20_000);
});
