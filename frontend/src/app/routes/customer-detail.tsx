import { ArrowLeftOutlined } from '@ant-design/icons';
import { Anchor, Button, Card, Col, Row, Space, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageSpinner } from '@/components/page-spinner';
import { ProblemAlert } from '@/components/problem-alert';
import { paths } from '@/config/paths';
import { CustomerAccessLogPanel } from '@/features/access-log/components/customer-access-log-panel';
import { ContactsPanel } from '@/features/contacts/components/contacts-panel';
import { DocumentsPanel } from '@/features/documents/components/documents-panel';
import { useCompleteness } from '@/features/documents/api/list-documents';
import { useCustomer } from '@/features/customers/api/get-customer';
import type { Customer } from '@/features/customers/api/types';
import { CustomerLifecyclePanel } from '@/features/lifecycle/components/customer-lifecycle-panel';
import { LifecycleActions } from '@/features/lifecycle/components/lifecycle-actions';
import { MergeAction } from '@/features/merge/components/merge-action';
import { MergedNotice } from '@/features/merge/components/merged-notice';
import { CustomerProfile } from '@/features/customers/components/customer-profile';
import { StatusTag } from '@/features/customers/components/status-tag';
import { CustomerTimeline } from '@/features/timeline/components/customer-timeline';
import { TransactionsPanel } from '@/features/transactions/components/transactions-panel';
import { useTransactionSummary } from '@/features/transactions/api/list-transactions';
import { RequirePermission } from '@/components/forbidden';
import { formatDate, formatMoney } from '@/lib/format';
import { useMe } from '@/lib/me';
import { useCan } from '@/lib/permissions';
import { useProfileTemplates } from '@/lib/profile-templates';

const SPAN = { xs: 12, md: 6, xl: 4 } as const;

function CompletenessFigure({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const { data } = useCompleteness(customerId);
  if (!data) return null;
  return (
    <Col {...SPAN}>
      <Statistic
        title={t('timeline.view.completeness')}
        value={data.percentage}
        suffix="%"
        data-testid="header-completeness"
      />
    </Col>
  );
}

/** Outstanding and overdue per currency; nothing when the customer has no transactions. */
function ReceivableFigures({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation();
  const { data } = useTransactionSummary(customerId);
  if (!data) return null;
  return (
    <>
      {data.currencies.map((c) => (
        <Col key={c.currency} {...SPAN}>
          <Space size="large">
            <Statistic
              title={t('timeline.view.outstanding', { currency: c.currency })}
              value={formatMoney(c.outstandingAmount, c.currency, i18n.language)}
              data-testid={`header-outstanding-${c.currency}`}
            />
            <Statistic
              title={t('timeline.view.overdue', { currency: c.currency })}
              value={formatMoney(c.overdueAmount, c.currency, i18n.language)}
              styles={Number(c.overdueAmount) > 0 ? { content: { color: '#cf1322' } } : undefined}
              data-testid={`header-overdue-${c.currency}`}
            />
          </Space>
        </Col>
      ))}
    </>
  );
}

/** The 360° header: who the archive is, who looks after it, and where it stands. */
function CustomerHeader({
  customer,
  canSeeDocuments,
  canSeeTransactions,
}: {
  customer: Customer;
  canSeeDocuments: boolean;
  canSeeTransactions: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const owner = !customer.ownerId
    ? t('timeline.view.none')
    : customer.ownerId === me?.id
      ? t('timeline.view.me', { username: me.username })
      : customer.ownerId;
  return (
    <Card data-testid="customer-header">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {customer.name}
          </Typography.Title>
          <Typography.Text type="secondary" data-testid="header-archive-no">
            {t('timeline.view.archiveNo', { archiveNo: customer.archiveNo })}
          </Typography.Text>
          <StatusTag status={customer.status} />
        </Space>
        <Row gutter={[16, 16]}>
          <Col {...SPAN}>
            <Statistic
              title={t('timeline.view.owner')}
              value={owner}
              styles={{ content: { fontSize: 16 } }}
              data-testid="header-owner"
            />
          </Col>
          <Col {...SPAN}>
            <Statistic
              title={t('timeline.view.team')}
              value={customer.team ?? t('customer.list.unassigned')}
              styles={{ content: { fontSize: 16 } }}
            />
          </Col>
          <Col {...SPAN}>
            <Statistic
              title={t('timeline.view.nextReview')}
              value={
                customer.nextReviewOn
                  ? formatDate(customer.nextReviewOn, i18n.language)
                  : t('timeline.view.none')
              }
              styles={{ content: { fontSize: 16 } }}
              data-testid="header-next-review"
            />
          </Col>
          {canSeeDocuments ? <CompletenessFigure customerId={customer.id} /> : null}
          {canSeeTransactions ? <ReceivableFigures customerId={customer.id} /> : null}
        </Row>
      </Space>
    </Card>
  );
}

function CustomerDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, error, isLoading, refetch } = useCustomer(id);
  const canSeeAccessLog = useCan('listCustomerAccessLog');
  const canSeeTransactions = useCan('listTransactions');
  const canSeeSummary = useCan('getTransactionSummary');
  const canSeeHistory = useCan('listCustomerStatusHistory');
  const canSeeTimeline = useCan('listCustomerTimeline');
  const templates = useProfileTemplates();
  const canSeeDocuments = useCan('listDocuments');
  const canSeeCompleteness = useCan('getCustomerCompleteness');

  const sections = [
    { key: 'profile', show: true },
    { key: 'contacts', show: true },
    { key: 'documents', show: canSeeDocuments },
    { key: 'transactions', show: canSeeTransactions },
    { key: 'history', show: canSeeHistory },
    { key: 'timeline', show: canSeeTimeline },
    { key: 'accessLog', show: canSeeAccessLog },
  ].filter((s) => s.show);
  const anchorOf = (key: string) => `customer-section-${key}`;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(paths.customers())}>
        {t('common.back')}
      </Button>
      {isLoading ? <PageSpinner /> : null}
      {error ? <ProblemAlert error={error} /> : null}
      {data ? (
        <>
          <MergedNotice customer={data.customer} />
          <CustomerHeader
            customer={data.customer}
            canSeeDocuments={canSeeCompleteness}
            canSeeTransactions={canSeeSummary}
          />
          <nav data-testid="customer-sections">
            <Anchor
              direction="horizontal"
              affix={false}
              replace
              items={sections.map((s) => ({
                key: s.key,
                href: `#${anchorOf(s.key)}`,
                title: t(`timeline.view.sections.${s.key}`),
              }))}
            />
          </nav>
          <div id={anchorOf('profile')}>
            <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
              <CustomerProfile
                versioned={data}
                onReload={() => void refetch()}
                templates={templates.data ?? []}
              />
              <LifecycleActions versioned={data} onChanged={() => void refetch()} />
              <MergeAction versioned={data} onMerged={() => void refetch()} />
            </Space>
          </div>
          <div id={anchorOf('contacts')}>
            <ContactsPanel customerId={id} readOnly={data.customer.status === 'ARCHIVED'} />
          </div>
          {canSeeDocuments ? (
            <div id={anchorOf('documents')}>
              <DocumentsPanel customerId={id} readOnly={data.customer.status === 'ARCHIVED'} />
            </div>
          ) : null}
          {canSeeTransactions ? (
            <div id={anchorOf('transactions')}>
              <TransactionsPanel customerId={id} readOnly={data.customer.status === 'ARCHIVED'} />
            </div>
          ) : null}
          {canSeeHistory ? (
            <div id={anchorOf('history')}>
              <CustomerLifecyclePanel customerId={id} />
            </div>
          ) : null}
          {canSeeTimeline ? (
            <div id={anchorOf('timeline')}>
              <CustomerTimeline customerId={id} />
            </div>
          ) : null}
          {canSeeAccessLog ? (
            <div id={anchorOf('accessLog')}>
              <CustomerAccessLogPanel customerId={id} />
            </div>
          ) : null}
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
