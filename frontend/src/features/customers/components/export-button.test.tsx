import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { stubFetch } from '@/test/fetch';
import { rep1, renderWithApp } from '@/test/render';
import { ExportCustomersButton } from './export-button';

beforeEach(async () => {
  await changeLanguage('zh-CN');
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('ExportCustomersButton', () => {
  it('is hidden from a caller without the export permission', () => {
    renderWithApp(<ExportCustomersButton params={{ q: '建投' }} />, { me: rep1 });
    expect(screen.queryByRole('button', { name: /导\s*出/ })).not.toBeInTheDocument();
  });

  it('downloads the workbook of the current filters', async () => {
    const fetch = stubFetch(
      () =>
        new Response(new Blob(['xlsx']), {
          status: 200,
          headers: {
            'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'Content-Disposition': 'attachment; filename="customers-20261123-101500.xlsx"',
          },
        }),
    );
    const createUrl = vi.fn(() => 'blob:export');
    vi.stubGlobal(
      'URL',
      Object.assign(URL, { createObjectURL: createUrl, revokeObjectURL: vi.fn() }),
    );
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderWithApp(
      <ExportCustomersButton params={{ q: '建投', status: 'APPROVED', sort: 'name' }} />,
      {
        me: { ...rep1, permissions: [...rep1.permissions, 'exportCustomers'] },
      },
    );
    fireEvent.click(screen.getByRole('button', { name: /导\s*出/ }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const request = fetch.requests()[0]!;
    const url = new URL(request.url);
    expect(url.pathname).toBe('/api/v1/customers/export');
    expect(url.searchParams.get('q')).toBe('建投');
    expect(url.searchParams.get('status')).toBe('APPROVED');
    expect(url.searchParams.get('sort')).toBe('name');
    expect(createUrl).toHaveBeenCalled();
    const link = click.mock.instances[0] as unknown as HTMLAnchorElement;
    expect(link.download).toBe('customers-20261123-101500.xlsx');
    expect(await screen.findByText('导出完成')).toBeInTheDocument();
  });
});
