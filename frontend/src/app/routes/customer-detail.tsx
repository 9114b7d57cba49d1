import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageSpinner } from '@/components/page-spinner';
import { ProblemAlert } from '@/components/problem-alert';
import { paths } from '@/config/paths';
import { CustomerAccessLogPanel } from '@/features/access-log/components/customer-access-log-panel';
import { ContactsPanel } from '@/features/contacts/components/contacts-panel';
import { DocumentsPanel } from '@/features/documents/components/documents-panel';
import { useCustomer } from '@/features/customers/api/get-customer';
import { CustomerLifecyclePanel } from '@/features/lifecycle/components/customer-lifecycle-panel';
import { LifecycleActions } from '@/features/lifecycle/components/lifecycle-actions';
import { CustomerProfile } from '@/features/customers/components/customer-profile';
import { TransactionsPanel } from '@/features/transactions/components/transactions-panel';
import { RequirePermission } from '@/components/forbidden';
import { useCan } from '@/lib/permissions';
import { useProfileTemplates } from '@/lib/profile-templates';

function CustomerDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, error, isLoading, refetch } = useCustomer(id);
  const canSeeAccessLog = useCan('listCustomerAccessLog');
  const canSeeTransactions = useCan('listTransactions');
  const canSeeHistory = useCan('listCustomerStatusHistory');
  const templates = useProfileTemplates();
  const canSeeDocuments = useCan('listDocuments');

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(paths.customers())}>
        {t('common.back')}
      </Button>
      {isLoading ? <PageSpinner /> : null}
      {error ? <ProblemAlert error={error} /> : null}
      {data ? (
        <>
          <CustomerProfile
            versioned={data}
            onReload={() => void refetch()}
            templates={templates.data ?? []}
          />
          <LifecycleActions versioned={data} onChanged={() => void refetch()} />
          <ContactsPanel customerId={id} readOnly={data.customer.status === 'ARCHIVED'} />
          {canSeeDocuments ? (
            <DocumentsPanel customerId={id} readOnly={data.customer.status === 'ARCHIVED'} />
          ) : null}
          {canSeeTransactions ? (
            <TransactionsPanel customerId={id} readOnly={data.customer.status === 'ARCHIVED'} />
          ) : null}
          {canSeeHistory ? <CustomerLifecyclePanel customerId={id} /> : null}
          {canSeeAccessLog ? <CustomerAccessLogPanel customerId={id} /> : null}
        </>
      ) : null}
    </Space>
  );
}

export function Component() {
  return (
    <RequirePermission operation="getCustomer">
      <CustomerDetailPage />
    </RequirePermission>
  );
}
