import { RequirePermission } from '@/components/forbidden';
import { ApprovalsInbox } from '@/features/lifecycle/components/approvals-inbox';

export function Component() {
  return (
    <RequirePermission operation="listCorrections">
      <ApprovalsInbox />
    </RequirePermission>
  );
}
