import { App, Button, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CursorPager } from '@/components/cursor-pager';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';
import { useMe } from '@/lib/me';
import { useCan } from '@/lib/permissions';
import { problemMessage } from '@/lib/problem';
import { useCursorStack } from '@/lib/use-cursor-stack';
import { useApproveAccessGrant } from '../api/change-access-grant';
import { useAccessGrants } from '../api/list-access-grants';
import type { AccessGrant, AccessGrantParams } from '../api/types';
import { GrantStatusTag } from './grant-status-tag';
import { GrantReasonModal } from './grant-reason-modal';

export const PAGE_SIZE = 20;

type Props = {
  /** The list's filter (status, mine); paging is added here. */
  filter: Omit<AccessGrantParams, 'limit' | 'cursor'>;
  showGrantee?: boolean;
};

/** One list of grants with keyset paging and the actions the caller may take on each. */
export function AccessGrantTable({ filter, showGrantee = true }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { data: me } = useMe();
  const canApprove = useCan('approveAccessGrant');
  const canReject = useCan('rejectAccessGrant');
  const canRevoke = useCan('revokeAccessGrant');
  const canOpenCustomer = useCan('getCustomer');
  const paging = useCursorStack(JSON.stringify(filter));
  const { data, error, isFetching } = useAccessGrants({
    ...filter,
    limit: PAGE_SIZE,
    cursor: paging.cursor,
  });
  const approve = useApproveAccessGrant();
  const [deciding, setDeciding] = useState<{ grantId: string; action: 'reject' | 'revoke' }>();

  const columns: ColumnsType<AccessGrant> = useMemo(() => {
    const own = (g: AccessGrant) => g.granteeId === me?.id;
    const run = async (action: Promise<unknown>, done: string) => {
      try {
        await action;
        void message.success(done);
      } catch (err) {
        void message.error(problemMessage(err, t));
      }
    };
    return [
      {
        title: t('accessGrant.fields.requestedAt'),
        dataIndex: 'requestedAt',
        width: 170,
        render: (value: string) => formatDateTime(value, i18n.language),
      },
      ...(showGrantee
        ? [
            {
              title: t('accessGrant.fields.grantee'),
              dataIndex: 'granteeUsername',
              render: (name: string | undefined, g: AccessGrant) => (
                <span title={g.granteeId}>{name ?? g.granteeId}</span>
              ),
            },
          ]
        : []),
      {
        title: t('accessGrant.fields.customer'),
        dataIndex: 'customerId',
        render: (id: string, g: AccessGrant) =>
          g.status === 'APPROVED' && own(g) && canOpenCustomer ? (
            <Link to={paths.customer(id)} title={id}>
              {t('accessGrant.openCustomer')}
            </Link>
          ) : (
            <Typography.Text copyable={{ text: id }} title={id}>
              {id.slice(0, 8)}…
            </Typography.Text>
          ),
      },
      {
        title: t('accessGrant.fields.reason'),
        dataIndex: 'reason',
        render: (reason: string, g: AccessGrant) => (
          <Space orientation="vertical" size={0}>
            <Typography.Text>{reason}</Typography.Text>
            {g.decisionReason ? (
              <Typography.Text type="secondary">
                {t('accessGrant.fields.decisionReason')}: {g.decisionReason}
              </Typography.Text>
            ) : null}
            {g.revocationReason ? (
              <Typography.Text type="secondary">
                {t('accessGrant.fields.revocationReason')}: {g.revocationReason}
              </Typography.Text>
            ) : null}
          </Space>
        ),
      },
      {
        title: t('accessGrant.fields.duration'),
        dataIndex: 'durationHours',
        width: 100,
        render: (hours: number) => t('accessGrant.durationHours', { count: hours }),
      },
      {
        title: t('accessGrant.fields.status'),
        dataIndex: 'status',
        width: 190,
        render: (status: AccessGrant['status'], g: AccessGrant) => (
          <Space orientation="vertical" size={0}>
            <GrantStatusTag status={status} />
            {status === 'APPROVED' && g.validUntil ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('accessGrant.validUntil', { at: formatDateTime(g.validUntil, i18n.language) })}
              </Typography.Text>
            ) : null}
          </Space>
        ),
      },
      {
        title: t('common.actions'),
        key: 'actions',
        width: 200,
        render: (_: unknown, g: AccessGrant) => (
          <Space size="small" wrap>
            {g.status === 'PENDING' && canApprove && !own(g) ? (
              <Button
                size="small"
                type="primary"
                onClick={() => void run(approve.mutateAsync(g.id), t('accessGrant.approved'))}
              >
                {t('accessGrant.approve')}
              </Button>
            ) : null}
            {g.status === 'PENDING' && canReject && !own(g) ? (
              <Button
                size="small"
                danger
                onClick={() => setDeciding({ grantId: g.id, action: 'reject' })}
              >
                {t('accessGrant.reject')}
              </Button>
            ) : null}
            {(g.status === 'PENDING' || g.status === 'APPROVED') &&
            canRevoke &&
            (own(g) || canApprove) ? (
              <Button size="small" onClick={() => setDeciding({ grantId: g.id, action: 'revoke' })}>
                {t('accessGrant.revoke')}
              </Button>
            ) : null}
          </Space>
        ),
      },
    ];
  }, [
    t,
    i18n.language,
    me?.id,
    showGrantee,
    canApprove,
    canReject,
    canRevoke,
    canOpenCustomer,
    approve,
    message,
  ]);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {error ? <ProblemAlert error={error} /> : null}
      <Table<AccessGrant>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={isFetching}
        pagination={false}
        locale={{ emptyText: t('common.empty') }}
      />
      <CursorPager
        paging={paging}
        nextCursor={data?.nextCursor}
        onNext={paging.next}
        busy={isFetching}
      />
      {deciding ? (
        <GrantReasonModal
          grantId={deciding.grantId}
          action={deciding.action}
          onClose={() => setDeciding(undefined)}
          onDone={() => {
            setDeciding(undefined);
            void message.success(
              t(deciding.action === 'reject' ? 'accessGrant.rejected' : 'accessGrant.revoked'),
            );
          }}
        />
      ) : null}
    </Space>
  );
}
