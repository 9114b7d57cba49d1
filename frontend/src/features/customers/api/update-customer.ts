import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf, etagOf } from '@/api/client';
import { customerKeys } from './keys';
import type { CustomerPatch, VersionedCustomer } from './types';

export type UpdateCustomerInput = { id: string; etag: string; patch: CustomerPatch };

/** Sends a JSON Merge Patch guarded by If-Match; a stale ETag answers 412. */
export async function updateCustomer({
  id,
  etag,
  patch,
}: UpdateCustomerInput): Promise<VersionedCustomer> {
  const result = await api.PATCH('/api/v1/customers/{id}', {
    params: { path: { id }, header: { 'If-Match': etag } },
    body: patch,
    headers: { 'Content-Type': 'application/merge-patch+json' },
  });
  return { customer: bodyOf(result), etag: etagOf(result.response) };
}

export function useUpdateCustomer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCustomer,
    onSuccess: (updated) => {
      queryClient.setQueryData(customerKeys.detail(updated.customer.id), updated);
      void queryClient.invalidateQueries({ queryKey: customerKeys.lists() });
    },
  });
}
