import { api } from '@/api/client';
import type { CustomerListParams } from './types';

export type CustomerExportParams = Omit<CustomerListParams, 'limit' | 'cursor'>;

/**
 * Downloads the .xlsx of every customer the filters find (GET /customers/export, with the bearer
 * token like every call) and hands it to the browser as a file.
 */
export async function exportCustomers(params: CustomerExportParams): Promise<void> {
  const query = Object.fromEntries(
    Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  ) as CustomerExportParams;
  const { data, response } = await api.GET('/api/v1/customers/export', {
    params: { query },
    parseAs: 'blob',
  });
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'customers.xlsx';
  saveBlob(data as Blob, name);
}

function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
