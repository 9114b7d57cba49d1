import { RequirePermission } from '@/components/forbidden';
import { AuditEventList } from '@/features/audit/components/audit-event-list';

export function Component() {
  return (
    <RequirePermission operation="listAuditEvents">
      <AuditEventList />
    </RequirePermission>
  );
}
