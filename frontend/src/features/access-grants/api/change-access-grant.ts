import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '@/api/client';
import { accessGrantKeys } from './keys';
import type { AccessGrant, AccessGrantCreate } from './types';

export async function requestAccessGrant(body: AccessGrantCreate): Promise<AccessGrant> {
  return bodyOf(await api.POST('/api/v1/access-grants', { body }));
}

export async function approveAccessGrant(grantId: string): Promise<AccessGrant> {
  return bodyOf(
    await api.POST('/api/v1/access-grants/{grantId}/approve', {
      params: { path: { grantId } },
    }),
  );
}

export async function rejectAccessGrant({
  grantId,
  reason,
}: {
  grantId: string;
  reason: string;
}): Promise<AccessGrant> {
  return bodyOf(
    await api.POST('/api/v1/access-grants/{grantId}/reject', {
      params: { path: { grantId } },
      body: { reason },
    }),
  );
}

export async function revokeAccessGrant({
  grantId,
  reason,
}: {
  grantId: string;
  reason: string;
}): Promise<AccessGrant> {
  return bodyOf(
    await api.POST('/api/v1/access-grants/{grantId}/revoke', {
      params: { path: { grantId } },
      body: { reason },
    }),
  );
}

/** Any change refreshes every grant list (inbox, all, mine). */
function useGrantMutation<I>(fn: (input: I) => Promise<AccessGrant>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: accessGrantKeys.all }),
  });
}

export const useRequestAccessGrant = () => useGrantMutation(requestAccessGrant);
export const useApproveAccessGrant = () => useGrantMutation(approveAccessGrant);
export const useRejectAccessGrant = () => useGrantMutation(rejectAccessGrant);
export const useRevokeAccessGrant = () => useGrantMutation(revokeAccessGrant);
