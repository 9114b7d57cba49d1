import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '@/api/client';
import { lifecycleKeys } from './keys';
import type { Correction, CorrectionChange, CorrectionPage } from './types';

export async function proposeCorrection({
  customerId,
  changes,
  reason,
}: {
  customerId: string;
  changes: CorrectionChange[];
  reason: string;
}): Promise<Correction> {
  return bodyOf(
    await api.POST('/api/v1/customers/{id}/corrections', {
      params: { path: { id: customerId } },
      body: { changes, reason },
    }),
  );
}

export async function acceptCorrection(correctionId: string): Promise<Correction> {
  return bodyOf(
    await api.POST('/api/v1/corrections/{correctionId}/accept', {
      params: { path: { correctionId } },
    }),
  );
}

export async function rejectCorrection({
  correctionId,
  reason,
}: {
  correctionId: string;
  reason: string;
}): Promise<Correction> {
  return bodyOf(
    await api.POST('/api/v1/corrections/{correctionId}/reject', {
      params: { path: { correctionId } },
      body: { reason },
    }),
  );
}

export async function listCustomerCorrections(
  id: string,
  cursor?: string,
): Promise<CorrectionPage> {
  return bodyOf(
    await api.GET('/api/v1/customers/{id}/corrections', {
      params: { path: { id }, query: { limit: 20, ...(cursor ? { cursor } : {}) } },
    }),
  );
}

export async function listPendingCorrections(cursor?: string): Promise<CorrectionPage> {
  return bodyOf(
    await api.GET('/api/v1/corrections', {
      params: { query: { status: 'PENDING', limit: 20, ...(cursor ? { cursor } : {}) } },
    }),
  );
}

export function useCustomerCorrections(id: string, cursor?: string) {
  return useQuery({
    queryKey: lifecycleKeys.customerCorrections(id, cursor),
    queryFn: () => listCustomerCorrections(id, cursor),
    placeholderData: keepPreviousData,
  });
}

export function usePendingCorrections(cursor: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: lifecycleKeys.inbox(cursor),
    queryFn: () => listPendingCorrections(cursor),
    placeholderData: keepPreviousData,
    enabled,
  });
}

function useCorrectionMutation<I>(fn: (input: I) => Promise<Correction>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: lifecycleKeys.all }),
  });
}

export const useProposeCorrection = () => useCorrectionMutation(proposeCorrection);
export const useAcceptCorrection = () => useCorrectionMutation(acceptCorrection);
export const useRejectCorrection = () => useCorrectionMutation(rejectCorrection);
