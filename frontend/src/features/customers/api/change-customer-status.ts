import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf, etagOf } from '@/api/client';
import { customerKeys } from './keys';
import type { VersionedCustomer } from './types';

type StatusChange = { id: string; etag: string };

export async function archiveCustomer({ id, etag }: StatusChange): Promise<VersionedCustomer> {
  const result = await api.POST('/api/v1/customers/{id}/archive', {
    params: { path: { id }, header: { 'If-Match': etag } },
  });
  return { customer: bodyOf(result), etag: etagOf(result.response) };
}

export async function restoreCustomer({ id, etag }: StatusChange): Promise<VersionedCustomer> {
  const result = await api.POST('/api/v1/customers/{id}/restore', {
    params: { path: { id }, header: { 'If-Match': etag } },
  });
  return { customer: bodyOf(result), etag: etagOf(result.response) };
}

function useStatusChange(fn: (change: StatusChange) => Promise<VersionedCustomer>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (changed) => {
      queryClient.setQueryData(customerKeys.detail(changed.customer.id), changed);
      void queryClient.invalidateQueries({ queryKey: customerKeys.lists() });
    },
  });
}

export const useArchiveCustomer = () => useStatusChange(archiveCustomer);
export const useRestoreCustomer = () => useStatusChange(restoreCustomer);
