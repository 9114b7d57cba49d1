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
import { CustomerProfile } from '@/features/customers/components/customer-profile';
import { RequirePermission } from '@/components/forbidden';
import { useCan } from '@/lib/permissions';

function CustomerDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, error, isLoading, refetch } = useCustomer(id);
  const canSeeAccessLog = useCan('listCustomerAccessLog');
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
          <CustomerProfile versioned={data} onReload={() => void refetch()} />
          <ContactsPanel customerId={id} readOnly={data.customer.status === 'ARCHIVED'} />
          {canSeeDocuments ? (
            <DocumentsPanel customerId={id} readOnly={data.customer.status === 'ARCHIVED'} />
          ) : null}
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
