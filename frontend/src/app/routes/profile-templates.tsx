import { RequirePermission } from '@/components/forbidden';
import { TemplateList } from '@/features/profile-templates/components/template-list';

export function Component() {
  return (
    <RequirePermission operation="listProfileTemplates">
      <TemplateList />
    </RequirePermission>
  );
}
