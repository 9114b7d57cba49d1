import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/api/client';
import { compactParams } from '@/lib/date-range';
import { accessLogKeys } from './keys';
import type { AccessLogPage, AccessLogParams } from './types';

export async function listAccessLog(params: AccessLogParams): Promise<AccessLogPage> {
  return bodyOf(await api.GET('/api/v1/access-log', { params: { query: compactParams(params) } }));
}

export const listAccessLogQueryOptions = (params: AccessLogParams) => {
  const query = compactParams(params);
  return queryOptions({
    queryKey: accessLogKeys.list(query),
    queryFn: () => listAccessLog(query),
    placeholderData: keepPreviousData,
  });
};

export function useAccessLog(params: AccessLogParams) {
  return useQuery(listAccessLogQueryOptions(params));
}
