import { Space, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { type ComponentProps, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CursorPager } from '@/components/cursor-pager';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';
import { useCan } from '@/lib/permissions';
import type { AccessLogEntry } from '../api/types';

type Paging = ComponentProps<typeof CursorPager>['paging'];

type Props = {
  items: AccessLogEntry[];
  nextCursor?: string;
  loading: boolean;
  paging: Paging;
  onNext: (cursor: string) => void;
  /** On one customer's page the customer column says nothing new. */
  showCustomer?: boolean;
};

/** Consultations, newest first, with keyset paging controls. */
export function AccessLogTable({
  items,
  nextCursor,
  loading,
  paging,
  onNext,
  showCustomer = true,
}: Props) {
  const { t, i18n } = useTranslation();
  const canOpenCustomer = useCan('getCustomer');

  const columns: ColumnsType<AccessLogEntry> = useMemo(
    () => [
      {
        title: t('accessLog.fields.occurredAt'),
        dataIndex: 'occurredAt',
        width: 190,
        render: (value: string) => formatDateTime(value, i18n.language),
      },
      {
        title: t('accessLog.fields.user'),
        dataIndex: 'username',
        render: (name: string | undefined, e: AccessLogEntry) => (
          <span title={e.userId}>{name ?? e.userId ?? ''}</span>
        ),
      },
      ...(showCustomer
        ? [
            {
              title: t('accessLog.fields.customer'),
              dataIndex: 'customerId',
              render: (id: string) =>
                canOpenCustomer ? (
                  <Link to={paths.customer(id)} title={id}>
                    {id.slice(0, 8)}…
                  </Link>
                ) : (
                  <Typography.Text copyable={{ text: id }} title={id}>
                    {id.slice(0, 8)}…
                  </Typography.Text>
                ),
            },
          ]
        : []),
      {
        title: t('accessLog.fields.view'),
        dataIndex: 'view',
        render: (view: string) => (
          <span title={view}>{t(`accessLog.views.${view}`, { defaultValue: view })}</span>
        ),
      },
      { title: t('accessLog.fields.client'), dataIndex: 'clientId' },
      {
        title: t('accessLog.fields.grant'),
        dataIndex: 'reason',
        render: (reason: string | undefined, e: AccessLogEntry) =>
          e.grantId || reason ? (
            <Space orientation="vertical" size={0}>
              {reason ? <Typography.Text>{reason}</Typography.Text> : null}
              {e.grantId ? (
                <Tooltip title={e.grantId}>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {e.grantId.slice(0, 8)}…
                  </Typography.Text>
                </Tooltip>
              ) : null}
            </Space>
          ) : null,
      },
      {
        title: t('accessLog.fields.traceId'),
        dataIndex: 'traceId',
        render: (traceId?: string) =>
          traceId ? <Typography.Text style={{ fontSize: 12 }}>{traceId}</Typography.Text> : null,
      },
    ],
    [t, i18n.language, showCustomer, canOpenCustomer],
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Table<AccessLogEntry>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={items}
        loading={loading}
        pagination={false}
        locale={{ emptyText: t('common.empty') }}
      />
      <CursorPager paging={paging} nextCursor={nextCursor} onNext={onNext} busy={loading} />
    </Space>
  );
}
