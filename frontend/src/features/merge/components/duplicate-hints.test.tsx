import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { json, stubFetch } from '@/test/fetch';
import { renderWithApp } from '@/test/render';
import { DuplicateHints } from './duplicate-hints';

const ID = '6f1c1c9e-5a43-4a53-9d59-2f3c1b0e7a11';

beforeEach(async () => {
  await changeLanguage('zh-CN');
});

describe('DuplicateHints', { timeout: 20_000 }, () => {
  it('asks for likely duplicates of what is typed and links those in scope', async () => {
    const fetch = stubFetch(() =>
      json({
        items: [
          {
            archiveNo: 'KH-2026-000123',
            id: ID,
            name: '上海建投贸易有限公司',
            reason: 'NAME',
            similarity: 0.72,
          },
          { archiveNo: 'KH-2026-000007', reason: 'CREDIT_CODE' },
        ],
      }),
    );
    renderWithApp(
      <DuplicateHints
        values={{ name: '上海建投贸易', creditCode: '91310000MA1FL0XY83', kind: 'ORGANIZATION' }}
      />,
    );

    const link = await screen.findByRole('link', { name: /KH-2026-000123 上海建投贸易有限公司/ });
    expect(link).toHaveAttribute('href', `/customers/${ID}`);
    expect(screen.getByText(/名称相似 72%/)).toBeInTheDocument();
    expect(screen.getByText(/KH-2026-000007 （不在您的查看范围内）/)).toBeInTheDocument();
    expect(screen.getByText('已有档案使用该统一社会信用代码')).toBeInTheDocument();
    const url = new URL(fetch.requests()[0]!.url);
    expect(url.pathname).toBe('/api/v1/customers/duplicates');
    expect(url.searchParams.get('name')).toBe('上海建投贸易');
    expect(url.searchParams.get('creditCode')).toBe('91310000MA1FL0XY83');
    expect(url.searchParams.get('kind')).toBe('ORGANIZATION');
  });

  it('asks nothing for a single character and shows nothing without duplicates', async () => {
    const fetch = stubFetch(() => json({ items: [] }));
    const { unmount } = renderWithApp(<DuplicateHints values={{ name: '上' }} />);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(fetch.fn).not.toHaveBeenCalled();
    unmount();
    renderWithApp(<DuplicateHints values={{ phone: '13800138000' }} />);
    await waitFor(() => expect(fetch.fn).toHaveBeenCalledTimes(1));
    expect(new URL(fetch.requests()[0]!.url).searchParams.get('phone')).toBe('13800138000');
    expect(screen.queryByTestId('duplicate-hints')).not.toBeInTheDocument();
  });
});
