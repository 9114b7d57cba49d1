import { RequirePermission } from '@/components/forbidden';
import { ExpiringDocuments } from '@/features/documents/components/expiring-documents';

export function Component() {
  return (
    <RequirePermission operation="listExpiringDocuments">
      <ExpiringDocuments />
    </RequirePermission>
  );
}
