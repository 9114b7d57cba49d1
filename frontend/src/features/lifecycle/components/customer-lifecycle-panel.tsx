import { Card, Table, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CursorPager } from '@/components/cursor-pager';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDate, formatDateTime } from '@/lib/format';
import { useCursorStack } from '@/lib/use-cursor-stack';
import { useCustomerCorrections } from '../api/corrections';
import { useStatusHistory } from '../api/lifecycle';
import { useCustomerReviews } from '../api/reviews';
import type { Review, StatusChangePage } from '../api/types';
import { CorrectionTable } from './correction-table';

type StatusChange = StatusChangePage['items'][number];

function StatusHistory({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation();
  const paging = useCursorStack(customerId);
  const { data, error, isFetching } = useStatusHistory(customerId, paging.cursor);
  const status = (s?: string) => (s ? t(`customer.status.${s}`) : '—');
  return (
    <>
      {error ? <ProblemAlert error={error} /> : null}
      <Table<StatusChange>
        rowKey="id"
        size="small"
        loading={isFetching}
        dataSource={data?.items ?? []}
        pagination={false}
        columns={[
          {
            key: 'at',
            title: t('lifecycle.when'),
            render: (_, c) => formatDateTime(c.changedAt, i18n.language),
          },
          {
            key: 'change',
            title: t('lifecycle.statusChange'),
            render: (_, c) => (
              <span data-testid="status-change">
                {status(c.fromStatus)} → <Tag>{status(c.toStatus)}</Tag>
              </span>
            ),
          },
          { key: 'who', title: t('lifecycle.who'), render: (_, c) => c.actorUsername ?? '—' },
          {
            key: 'reason',
            title: t('lifecycle.reason'),
            render: (_, c) => c.reason ?? '',
          },
        ]}
      />
      <CursorPager paging={paging} nextCursor={data?.nextCursor} onNext={paging.next} />
    </>
  );
}

function Corrections({ customerId }: { customerId: string }) {
  const paging = useCursorStack(customerId);
  const { data, error, isFetching } = useCustomerCorrections(customerId, paging.cursor);
  return (
    <>
      {error ? <ProblemAlert error={error} /> : null}
      <CorrectionTable items={data?.items ?? []} loading={isFetching} />
      <CursorPager paging={paging} nextCursor={data?.nextCursor} onNext={paging.next} />
    </>
  );
}

function Reviews({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation();
  const { data, error, isFetching } = useCustomerReviews(customerId);
  return (
    <>
      {error ? <ProblemAlert error={error} /> : null}
      <Table<Review>
        rowKey="id"
        size="small"
        loading={isFetching}
        dataSource={data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('lifecycle.noReviews') }}
        columns={[
          {
            key: 'on',
            title: t('lifecycle.reviewedOn'),
            render: (_, r) => formatDate(r.reviewedOn, i18n.language),
          },
          {
            key: 'checked',
            title: t('lifecycle.checked'),
            render: (_, r) => (
              <Tag color={r.checked ? 'green' : 'orange'}>
                {t(r.checked ? 'lifecycle.checkedYes' : 'lifecycle.checkedNo')}
              </Tag>
            ),
          },
          { key: 'findings', title: t('lifecycle.findings'), dataIndex: 'findings' },
          { key: 'tier', title: t('lifecycle.tier'), dataIndex: 'tier' },
          { key: 'who', title: t('lifecycle.who'), dataIndex: 'reviewerUsername' },
          {
            key: 'next',
            title: t('lifecycle.nextReviewOn'),
            render: (_, r) => formatDate(r.nextReviewOn, i18n.language),
          },
        ]}
      />
    </>
  );
}

/** The archive's approval and correction history and its periodic reviews (360° view). */
export function CustomerLifecyclePanel({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={<Typography.Text strong>{t('lifecycle.history')}</Typography.Text>}>
      <Tabs
        items={[
          {
            key: 'status',
            label: t('lifecycle.statusHistory'),
            children: <StatusHistory customerId={customerId} />,
          },
          {
            key: 'corrections',
            label: t('lifecycle.corrections'),
            children: <Corrections customerId={customerId} />,
          },
          {
            key: 'reviews',
            label: t('lifecycle.reviews'),
            children: <Reviews customerId={customerId} />,
          },
        ]}
      />
    </Card>
  );
}
