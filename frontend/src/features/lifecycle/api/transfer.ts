import { useMutation } from '@tanstack/react-query';
import { api, bodyOf } from '@/api/client';
import type { Transfer, TransferCreate } from './types';

export async function transferCustomers(body: TransferCreate): Promise<Transfer> {
  return bodyOf(await api.POST('/api/v1/customers/transfer', { body }));
}

export const useTransferCustomers = () => useMutation({ mutationFn: transferCustomers });
