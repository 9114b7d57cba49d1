import { requiredRoles, type OperationId } from '@/api/generated/permissions';
import { useUser } from '@/lib/auth';

/** Whether any of the roles may call the operation, per `x-required-roles` in the contract. */
export function isAllowed(operationId: OperationId, roles: readonly string[]): boolean {
  const allowed: readonly string[] = requiredRoles[operationId];
  return roles.some((r) => allowed.includes(r));
}

/** Hides actions the server would refuse with 403; the server remains the authority. */
export function useCan(operationId: OperationId): boolean {
  const user = useUser();
  return user ? isAllowed(operationId, user.roles) : false;
}
