import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, bodyOf, etagOf } from '@/api/client';
import { customerKeys } from './keys';
import type { VersionedCustomer } from './types';

export async function getCustomer(id: string): Promise<VersionedCustomer> {
  const result = await api.GET('/api/v1/customers/{id}', { params: { path: { id } } });
  return { customer: bodyOf(result), etag: etagOf(result.response) };
}

export const getCustomerQueryOptions = (id: string) =>
  queryOptions({ queryKey: customerKeys.detail(id), queryFn: () => getCustomer(id) });

export function useCustomer(id: string) {
  return useQuery(getCustomerQueryOptions(id));
}
