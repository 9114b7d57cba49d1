import { Card, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CursorPager } from '@/components/cursor-pager';
import { ProblemAlert } from '@/components/problem-alert';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';
import { useCan } from '@/lib/permissions';
import { useCursorStack } from '@/lib/use-cursor-stack';
import { usePendingCorrections } from '../api/corrections';
import { usePendingArchives } from '../api/lifecycle';
import type { Customer } from '../api/types';
import { CorrectionTable } from './correction-table';

function PendingArchives() {
  const { t, i18n } = useTranslation();
  const paging = useCursorStack('archives');
  const { data, error, isFetching } = usePendingArchives(paging.cursor, true);
  return (
    <Card size="small" title={t('lifecycle.pendingArchives')} data-testid="pending-archives">
      {error ? <ProblemAlert error={error} /> : null}
      <Table<Customer>
        rowKey="id"
        size="small"
        loading={isFetching}
        dataSource={data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('lifecycle.nothingPending') }}
        columns={[
          { key: 'archiveNo', title: t('customer.fields.archiveNo'), dataIndex: 'archiveNo' },
          {
            key: 'name',
            title: t('customer.fields.name'),
            render: (_, c) => <Link to={paths.customer(c.id)}>{c.name}</Link>,
          },
          { key: 'team', title: t('customer.fields.team'), render: (_, c) => c.team ?? '—' },
          {
            key: 'updatedAt',
            title: t('lifecycle.submittedAt'),
            render: (_, c) => formatDateTime(c.updatedAt, i18n.language),
          },
        ]}
      />
      <CursorPager paging={paging} nextCursor={data?.nextCursor} onNext={paging.next} />
    </Card>
  );
}

function PendingCorrections() {
  const { t } = useTranslation();
  const paging = useCursorStack('corrections');
  const { data, error, isFetching } = usePendingCorrections(paging.cursor, true);
  return (
    <Card size="small" title={t('lifecycle.pendingCorrections')} data-testid="pending-corrections">
      {error ? <ProblemAlert error={error} /> : null}
      <CorrectionTable items={data?.items ?? []} loading={isFetching} showCustomer />
      <CursorPager paging={paging} nextCursor={data?.nextCursor} onNext={paging.next} />
    </Card>
  );
}

/**
 * The approval inbox: archives awaiting approval (for those who approve) and corrections awaiting
 * a decision (supervisors for their teams, directors for all).
 */
export function ApprovalsInbox() {
  const { t } = useTranslation();
  const canApprove = useCan('approveCustomer');
  const canDecideCorrections = useCan('listCorrections');
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('lifecycle.inboxTitle')}</Typography.Title>
      {canApprove ? <PendingArchives /> : null}
      {canDecideCorrections ? <PendingCorrections /> : null}
    </Space>
  );
}
