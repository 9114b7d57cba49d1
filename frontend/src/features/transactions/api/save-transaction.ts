import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '@/api/client';
import { transactionKeys } from './keys';
import type { PaymentCreate, Transaction, TransactionCreate } from './types';

/**
 * Each submission carries a fresh Idempotency-Key, reused if the same submission is retried, so
 * a double click or a lost response never records a transaction or a payment twice.
 */
export async function createTransaction(
  customerId: string,
  body: TransactionCreate,
  idempotencyKey: string,
): Promise<Transaction> {
  return bodyOf(
    await api.POST('/api/v1/customers/{id}/transactions', {
      params: { path: { id: customerId }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
}

export async function recordPayment(
  customerId: string,
  transactionId: string,
  body: PaymentCreate,
  idempotencyKey: string,
): Promise<Transaction> {
  return bodyOf(
    await api.POST('/api/v1/customers/{id}/transactions/{txId}/payments', {
      params: {
        path: { id: customerId, txId: transactionId },
        header: { 'Idempotency-Key': idempotencyKey },
      },
      body,
    }),
  );
}

export async function voidTransaction(
  customerId: string,
  transactionId: string,
  reason: string,
): Promise<Transaction> {
  return bodyOf(
    await api.POST('/api/v1/customers/{id}/transactions/{txId}/void', {
      params: { path: { id: customerId, txId: transactionId } },
      body: { reason },
    }),
  );
}

function useInvalidateTransactions(customerId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: transactionKeys.ofCustomer(customerId) });
}

export function useCreateTransaction(customerId: string) {
  const invalidate = useInvalidateTransactions(customerId);
  return useMutation({
    mutationFn: (input: { body: TransactionCreate; idempotencyKey: string }) =>
      createTransaction(customerId, input.body, input.idempotencyKey),
    onSuccess: invalidate,
  });
}

export function useRecordPayment(customerId: string) {
  const invalidate = useInvalidateTransactions(customerId);
  return useMutation({
    mutationFn: (input: { transactionId: string; body: PaymentCreate; idempotencyKey: string }) =>
      recordPayment(customerId, input.transactionId, input.body, input.idempotencyKey),
    onSuccess: invalidate,
  });
}

export function useVoidTransaction(customerId: string) {
  const invalidate = useInvalidateTransactions(customerId);
  return useMutation({
    mutationFn: (input: { transactionId: string; reason: string }) =>
      voidTransaction(customerId, input.transactionId, input.reason),
    onSuccess: invalidate,
  });
}
