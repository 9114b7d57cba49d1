import { RequirePermission } from '@/components/forbidden';
import { ImportPage } from '@/features/imports/components/import-page';

export function Component() {
  return (
    <RequirePermission operation="createImport">
      <ImportPage />
    </RequirePermission>
  );
}
