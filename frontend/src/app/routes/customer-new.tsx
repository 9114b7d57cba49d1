import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { CustomerForm } from '@/features/customers/components/customer-form';
import { RequirePermission } from '@/components/forbidden';
import { useProfileTemplates } from '@/lib/profile-templates';

function NewCustomerPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const templates = useProfileTemplates();
  return (
    <CustomerForm
      mode="create"
      templates={templates.data ?? []}
      onSaved={({ customer }) => {
        void message.success(t('customer.form.created'));
        navigate(paths.customer(customer.id), { replace: true });
      }}
      onCancel={() => navigate(paths.customers())}
    />
  );
}

export function Component() {
  return (
    <RequirePermission operation="createCustomer">
      <NewCustomerPage />
    </RequirePermission>
  );
}
