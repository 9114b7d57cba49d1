import { useMe, type Me, type OperationId } from '@/lib/me';

/** Whether the caller may call the operation, per the effective permissions from /me. */
export function isAllowed(me: Pick<Me, 'permissions'> | undefined, operationId: OperationId) {
  return me?.permissions.includes(operationId) ?? false;
}

/** Hides actions the server would refuse with 403; the server remains the authority. */
export function useCan(operationId: OperationId): boolean {
  const { data } = useMe();
  return isAllowed(data, operationId);
}
