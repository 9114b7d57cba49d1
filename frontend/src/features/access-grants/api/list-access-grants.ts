import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/api/client';
import { accessGrantKeys } from './keys';
import type { AccessGrantPage, AccessGrantParams } from './types';

const compact = (params: AccessGrantParams): AccessGrantParams =>
  Object.fromEntries(
    Object.entries(params).filter(([, v]) => v !== undefined && v !== '' && v !== false),
  ) as AccessGrantParams;

export async function listAccessGrants(params: AccessGrantParams): Promise<AccessGrantPage> {
  return bodyOf(await api.GET('/api/v1/access-grants', { params: { query: compact(params) } }));
}

export const listAccessGrantsQueryOptions = (params: AccessGrantParams) => {
  const query = compact(params);
  return queryOptions({
    queryKey: accessGrantKeys.list(query),
    queryFn: () => listAccessGrants(query),
    placeholderData: keepPreviousData,
  });
};

export function useAccessGrants(params: AccessGrantParams, enabled = true) {
  return useQuery({ ...listAccessGrantsQueryOptions(params), enabled });
}
