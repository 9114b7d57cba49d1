import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/api/client';
import { documentKeys } from './keys';
import type { ExpiringDocumentPage } from './types';

export async function listExpiringDocuments(
  withinDays: number,
  includeExpired: boolean,
  cursor?: string,
): Promise<ExpiringDocumentPage> {
  return bodyOf(
    await api.GET('/api/v1/documents/expiring', {
      params: {
        query: { withinDays, includeExpired, limit: 50, ...(cursor ? { cursor } : {}) },
      },
    }),
  );
}

export function useExpiringDocuments(withinDays: number, includeExpired: boolean, cursor?: string) {
  return useQuery({
    queryKey: documentKeys.expiring(withinDays, includeExpired, cursor),
    queryFn: () => listExpiringDocuments(withinDays, includeExpired, cursor),
    placeholderData: keepPreviousData,
  });
}
