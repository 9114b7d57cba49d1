import { RequirePermission } from '@/components/forbidden';
import { AccessLogList } from '@/features/access-log/components/access-log-list';

export function Component() {
  return (
    <RequirePermission operation="listAccessLog">
      <AccessLogList />
    </RequirePermission>
  );
}
