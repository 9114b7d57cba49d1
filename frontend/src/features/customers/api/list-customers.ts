import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/api/client';
import { customerKeys } from './keys';
import type { CustomerListParams, CustomerPage } from './types';

/** Drops empty filters so they neither reach the URL nor split the cache. */
function compact(params: CustomerListParams): CustomerListParams {
  return Object.fromEntries(
    Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  ) as CustomerListParams;
}

export async function listCustomers(params: CustomerListParams): Promise<CustomerPage> {
  return bodyOf(await api.GET('/api/v1/customers', { params: { query: compact(params) } }));
}

export const listCustomersQueryOptions = (params: CustomerListParams) => {
  const query = compact(params);
  return queryOptions({
    queryKey: customerKeys.list(query),
    queryFn: () => listCustomers(query),
    placeholderData: keepPreviousData,
  });
};

export function useCustomers(params: CustomerListParams) {
  return useQuery(listCustomersQueryOptions(params));
}
