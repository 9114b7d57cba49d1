import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/api/client';
import type { components, operations } from '@/api/generated/schema';

/** The signed-in caller as the server sees it, with the operations it may call. */
export type Me = components['schemas']['Me'];

/** An operation of the contract, by its operationId. */
export type OperationId = keyof operations;

export const meKeys = { me: ['me'] as const };

export async function getMe(): Promise<Me> {
  return bodyOf(await api.GET('/api/v1/me'));
}

/** Asked once at start; roles and permissions change only with a new sign-in. */
export const meQueryOptions = () =>
  queryOptions({ queryKey: meKeys.me, queryFn: getMe, staleTime: Infinity });

export function useMe() {
  return useQuery(meQueryOptions());
}
