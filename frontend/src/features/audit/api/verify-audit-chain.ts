import { useMutation } from '@tanstack/react-query';
import { api, bodyOf } from '@/api/client';
import { auditKeys } from './keys';
import type { AuditChainVerification } from './types';

export async function verifyAuditChain(): Promise<AuditChainVerification> {
  return bodyOf(await api.GET('/api/v1/audit-events/verify'));
}

/**
 * Recomputes the whole chain on the server; run on demand (a button), never cached or
 * refetched in the background, as it reads every event.
 */
export function useVerifyAuditChain() {
  return useMutation({ mutationKey: auditKeys.verification(), mutationFn: verifyAuditChain });
}
