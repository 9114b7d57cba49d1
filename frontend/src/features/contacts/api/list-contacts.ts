import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/api/client';
import { contactKeys } from './keys';
import type { ContactPage } from './types';

export async function listContacts(
  customerId: string,
  includeInactive: boolean,
  cursor?: string,
): Promise<ContactPage> {
  return bodyOf(
    await api.GET('/api/v1/customers/{id}/contacts', {
      params: {
        path: { id: customerId },
        query: { includeInactive, limit: 50, ...(cursor ? { cursor } : {}) },
      },
    }),
  );
}

export const listContactsQueryOptions = (
  customerId: string,
  includeInactive: boolean,
  cursor?: string,
) =>
  queryOptions({
    queryKey: contactKeys.list(customerId, includeInactive, cursor),
    queryFn: () => listContacts(customerId, includeInactive, cursor),
    placeholderData: keepPreviousData,
  });

export function useContacts(customerId: string, includeInactive: boolean, cursor?: string) {
  return useQuery(listContactsQueryOptions(customerId, includeInactive, cursor));
}
