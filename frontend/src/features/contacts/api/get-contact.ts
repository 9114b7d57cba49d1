import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, bodyOf, etagOf } from '@/api/client';
import { contactKeys } from './keys';
import type { Contact } from './types';

export type VersionedContact = { contact: Contact; etag: string };

export async function getContact(customerId: string, contactId: string): Promise<VersionedContact> {
  const result = await api.GET('/api/v1/customers/{id}/contacts/{contactId}', {
    params: { path: { id: customerId, contactId } },
  });
  return { contact: bodyOf(result), etag: etagOf(result.response) };
}

export const getContactQueryOptions = (customerId: string, contactId: string) =>
  queryOptions({
    queryKey: contactKeys.detail(customerId, contactId),
    queryFn: () => getContact(customerId, contactId),
    staleTime: 0,
  });

export function useContact(customerId: string, contactId: string | undefined) {
  return useQuery({
    ...getContactQueryOptions(customerId, contactId ?? ''),
    enabled: Boolean(contactId),
  });
}
