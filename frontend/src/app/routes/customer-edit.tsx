import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { PageSpinner } from '@/components/page-spinner';
import { ProblemAlert } from '@/components/problem-alert';
import { paths } from '@/config/paths';
import { getCustomerQueryOptions } from '@/features/customers/api/get-customer';
import { isEditable } from '@/features/customers/api/types';
import { CustomerForm } from '@/features/customers/components/customer-form';
import { RequirePermission } from '@/components/forbidden';
import { useProfileTemplates } from '@/lib/profile-templates';

function EditCustomerPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const templates = useProfileTemplates();
  // The form edits what the server has now: always read afresh (and its ETag) when opening.
  const { data, error, isFetchedAfterMount } = useQuery({
    ...getCustomerQueryOptions(id),
    staleTime: 0,
    refetchOnMount: 'always',
  });

  if (error) return <ProblemAlert error={error} />;
  // The form renders the applied templates' fields: wait for them too.
  if (!data || !isFetchedAfterMount || templates.isLoading) return <PageSpinner />;
  // The detail page says why (correction / restore first) instead of a form the server refuses.
  if (!isEditable(data.customer)) return <Navigate to={paths.customer(id)} replace />;
  return (
    <CustomerForm
      mode="edit"
      initial={data}
      templates={templates.data ?? []}
      onReload={() => queryClient.fetchQuery({ ...getCustomerQueryOptions(id), staleTime: 0 })}
      onSaved={() => {
        void message.success(t('customer.form.saved'));
        navigate(paths.customer(id));
      }}
      onCancel={() => navigate(paths.customer(id))}
    />
  );
}

export function Component() {
  return (
    <RequirePermission operation="updateCustomer">
      <EditCustomerPage />
    </RequirePermission>
  );
}
