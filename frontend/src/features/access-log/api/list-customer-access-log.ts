import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/api/client';
import { compactParams } from '@/lib/date-range';
import { accessLogKeys } from './keys';
import type { AccessLogPage, CustomerAccessLogParams } from './types';

export async function listCustomerAccessLog(
  customerId: string,
  params: CustomerAccessLogParams,
): Promise<AccessLogPage> {
  return bodyOf(
    await api.GET('/api/v1/customers/{id}/access-log', {
      params: { path: { id: customerId }, query: compactParams(params) },
    }),
  );
}

export const listCustomerAccessLogQueryOptions = (
  customerId: string,
  params: CustomerAccessLogParams,
) => {
  const query = compactParams(params);
  return queryOptions({
    queryKey: accessLogKeys.ofCustomer(customerId, query),
    queryFn: () => listCustomerAccessLog(customerId, query),
    placeholderData: keepPreviousData,
  });
};

export function useCustomerAccessLog(customerId: string, params: CustomerAccessLogParams) {
  return useQuery(listCustomerAccessLogQueryOptions(customerId, params));
}
