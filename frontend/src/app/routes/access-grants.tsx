import { RequirePermission } from '@/components/forbidden';
import { AccessGrantList } from '@/features/access-grants/components/access-grant-list';

export function Component() {
  return (
    <RequirePermission operation="listAccessGrants">
      <AccessGrantList />
    </RequirePermission>
  );
}
