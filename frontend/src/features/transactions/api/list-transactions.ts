import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, bodyOf } from '@/api/client';
import { transactionKeys } from './keys';
import type { TransactionPage, TransactionSummary } from './types';

export async function listTransactions(
  customerId: string,
  overdueOnly: boolean,
  cursor?: string,
): Promise<TransactionPage> {
  return bodyOf(
    await api.GET('/api/v1/customers/{id}/transactions', {
      params: {
        path: { id: customerId },
        query: { overdue: overdueOnly, limit: 20, ...(cursor ? { cursor } : {}) },
      },
    }),
  );
}

export const listTransactionsQueryOptions = (
  customerId: string,
  overdueOnly: boolean,
  cursor?: string,
) =>
  queryOptions({
    queryKey: transactionKeys.list(customerId, overdueOnly, cursor),
    queryFn: () => listTransactions(customerId, overdueOnly, cursor),
    placeholderData: keepPreviousData,
  });

export function useTransactions(customerId: string, overdueOnly: boolean, cursor?: string) {
  return useQuery(listTransactionsQueryOptions(customerId, overdueOnly, cursor));
}

export async function getTransactionSummary(customerId: string): Promise<TransactionSummary> {
  return bodyOf(
    await api.GET('/api/v1/customers/{id}/transaction-summary', {
      params: { path: { id: customerId } },
    }),
  );
}

export function useTransactionSummary(customerId: string) {
  return useQuery({
    queryKey: transactionKeys.summary(customerId),
    queryFn: () => getTransactionSummary(customerId),
  });
}
