import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf, etagOf } from '@/api/client';
import { lifecycleKeys } from './keys';
import type { CustomerPage, StatusChangePage, VersionedCustomer } from './types';

type Transition = { id: string; etag: string };

export async function submitCustomer({ id, etag }: Transition): Promise<VersionedCustomer> {
  const result = await api.POST('/api/v1/customers/{id}/submit', {
    params: { path: { id }, header: { 'If-Match': etag } },
  });
  return { customer: bodyOf(result), etag: etagOf(result.response) };
}

export async function approveCustomer({ id, etag }: Transition): Promise<VersionedCustomer> {
  const result = await api.POST('/api/v1/customers/{id}/approve', {
    params: { path: { id }, header: { 'If-Match': etag } },
  });
  return { customer: bodyOf(result), etag: etagOf(result.response) };
}

export async function rejectCustomer({
  id,
  etag,
  reason,
}: Transition & { reason: string }): Promise<VersionedCustomer> {
  const result = await api.POST('/api/v1/customers/{id}/reject', {
    params: { path: { id }, header: { 'If-Match': etag } },
    body: { reason },
  });
  return { customer: bodyOf(result), etag: etagOf(result.response) };
}

/** Transitions refresh this feature's lists; the page refreshes the archive itself. */
function useTransition<I>(fn: (input: I) => Promise<VersionedCustomer>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: lifecycleKeys.all }),
  });
}

export const useSubmitCustomer = () => useTransition(submitCustomer);
export const useApproveCustomer = () => useTransition(approveCustomer);
export const useRejectCustomer = () => useTransition(rejectCustomer);

export async function listStatusHistory(id: string, cursor?: string): Promise<StatusChangePage> {
  return bodyOf(
    await api.GET('/api/v1/customers/{id}/status-history', {
      params: { path: { id }, query: { limit: 20, ...(cursor ? { cursor } : {}) } },
    }),
  );
}

export function useStatusHistory(id: string, cursor?: string) {
  return useQuery({
    queryKey: lifecycleKeys.history(id, cursor),
    queryFn: () => listStatusHistory(id, cursor),
    placeholderData: keepPreviousData,
  });
}

/** Archives awaiting a director's decision (the approval inbox), oldest change first. */
export async function listPendingArchives(cursor?: string): Promise<CustomerPage> {
  return bodyOf(
    await api.GET('/api/v1/customers', {
      params: {
        query: {
          status: 'PENDING_APPROVAL',
          sort: 'updatedAt',
          limit: 20,
          ...(cursor ? { cursor } : {}),
        },
      },
    }),
  );
}

export function usePendingArchives(cursor: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: lifecycleKeys.pendingArchives(cursor),
    queryFn: () => listPendingArchives(cursor),
    placeholderData: keepPreviousData,
    enabled,
  });
}
