import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/api/client';
import { compactParams } from '@/lib/date-range';
import { auditKeys } from './keys';
import type { AuditEventListParams, AuditEventPage } from './types';

export async function listAuditEvents(params: AuditEventListParams): Promise<AuditEventPage> {
  return bodyOf(
    await api.GET('/api/v1/audit-events', { params: { query: compactParams(params) } }),
  );
}

export const listAuditEventsQueryOptions = (params: AuditEventListParams) => {
  const query = compactParams(params);
  return queryOptions({
    queryKey: auditKeys.list(query),
    queryFn: () => listAuditEvents(query),
    placeholderData: keepPreviousData,
  });
};

export function useAuditEvents(params: AuditEventListParams) {
  return useQuery(listAuditEventsQueryOptions(params));
}
