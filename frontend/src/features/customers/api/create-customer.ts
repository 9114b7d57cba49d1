import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf, etagOf } from '@/api/client';
import { customerKeys } from './keys';
import type { CustomerCreate, VersionedCustomer } from './types';

export async function createCustomer(body: CustomerCreate): Promise<VersionedCustomer> {
  const result = await api.POST('/api/v1/customers', { body });
  return { customer: bodyOf(result), etag: etagOf(result.response) };
}

export function useCreateCustomer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCustomer,
    onSuccess: (created) => {
      queryClient.setQueryData(customerKeys.detail(created.customer.id), created);
      void queryClient.invalidateQueries({ queryKey: customerKeys.lists() });
    },
  });
}
