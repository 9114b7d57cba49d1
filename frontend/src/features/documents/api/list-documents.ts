import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/api/client';
import { documentKeys } from './keys';
import type { Completeness, DocumentPage } from './types';

export async function listDocuments(
  customerId: string,
  includeWithdrawn: boolean,
  cursor?: string,
): Promise<DocumentPage> {
  return bodyOf(
    await api.GET('/api/v1/customers/{id}/documents', {
      params: {
        path: { id: customerId },
        query: { includeWithdrawn, limit: 50, ...(cursor ? { cursor } : {}) },
      },
    }),
  );
}

export const listDocumentsQueryOptions = (
  customerId: string,
  includeWithdrawn: boolean,
  cursor?: string,
) =>
  queryOptions({
    queryKey: documentKeys.list(customerId, includeWithdrawn, cursor),
    queryFn: () => listDocuments(customerId, includeWithdrawn, cursor),
    placeholderData: keepPreviousData,
  });

export function useDocuments(customerId: string, includeWithdrawn: boolean, cursor?: string) {
  return useQuery(listDocumentsQueryOptions(customerId, includeWithdrawn, cursor));
}

export async function getCompleteness(customerId: string): Promise<Completeness> {
  return bodyOf(
    await api.GET('/api/v1/customers/{id}/completeness', {
      params: { path: { id: customerId } },
    }),
  );
}

export function useCompleteness(customerId: string) {
  return useQuery({
    queryKey: documentKeys.completeness(customerId),
    queryFn: () => getCompleteness(customerId),
  });
}
