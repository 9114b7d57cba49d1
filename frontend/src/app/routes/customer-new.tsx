import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import {
  CustomerForm,
  type CustomerFormValues,
} from '@/features/customers/components/customer-form';
import { DuplicateHints } from '@/features/merge/components/duplicate-hints';
import { RequirePermission } from '@/components/forbidden';
import { useProfileTemplates } from '@/lib/profile-templates';

function NewCustomerPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const templates = useProfileTemplates();
  const [values, setValues] = useState<Partial<CustomerFormValues>>({});
  const text = (key: string) => {
    const value = values[key];
    return typeof value === 'string' ? value : undefined;
  };
  return (
    <CustomerForm
      mode="create"
      templates={templates.data ?? []}
      onValuesChange={setValues}
      extra={
        <DuplicateHints
          values={{
            name: text('name'),
            creditCode: text('creditCode'),
            phone: text('phone') ?? text('personalPhone'),
            email: text('email'),
            kind: values.kind,
          }}
        />
      }
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
