import { App, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';
import { useCan } from '@/lib/permissions';
import { useAcceptCorrection, useRejectCorrection } from '../api/corrections';
import type { Correction, CorrectionStatus } from '../api/types';
import { ReasonModal } from './reason-modal';

const COLORS: Record<CorrectionStatus, string> = {
  PENDING: 'gold',
  ACCEPTED: 'green',
  REJECTED: 'red',
};

const show = (value: unknown) =>
  value === null || value === undefined || value === '' ? '—' : String(value);

type Props = {
  items: Correction[];
  loading?: boolean;
  /** The inbox names the archive of each correction; the archive's own page does not. */
  showCustomer?: boolean;
  onDecided?: () => void;
};

/** Corrections with their field changes; pending ones can be accepted or rejected by deciders. */
export function CorrectionTable({ items, loading, showCustomer = false, onDecided }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const canAccept = useCan('acceptCorrection');
  const canReject = useCan('rejectCorrection');
  const accept = useAcceptCorrection();
  const reject = useRejectCorrection();
  const [error, setError] = useState<unknown>();
  const [rejecting, setRejecting] = useState<string>();

  const onAccept = async (id: string) => {
    setError(undefined);
    try {
      await accept.mutateAsync(id);
      void message.success(t('lifecycle.correctionAccepted'));
      onDecided?.();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <>
      {error ? <ProblemAlert error={error} /> : null}
      <Table<Correction>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={items}
        pagination={false}
        locale={{ emptyText: t('lifecycle.noCorrections') }}
        columns={[
          ...(showCustomer
            ? [
                {
                  key: 'customer',
                  title: t('lifecycle.customer'),
                  render: (_: unknown, c: Correction) => (
                    <Link to={paths.customer(c.customerId)}>
                      {c.archiveNo} {c.customerName}
                    </Link>
                  ),
                },
              ]
            : []),
          {
            key: 'changes',
            title: t('lifecycle.changes'),
            render: (_, c) => (
              <Space orientation="vertical" size={0}>
                {c.changes.map((change) => (
                  <Typography.Text key={change.field} data-testid="correction-change">
                    {t(`customer.fields.${change.field}`, { defaultValue: change.field })}:{' '}
                    <Typography.Text delete type="secondary">
                      {show(change.oldValue)}
                    </Typography.Text>{' '}
                    → {show(change.newValue)}
                  </Typography.Text>
                ))}
              </Space>
            ),
          },
          { key: 'reason', title: t('lifecycle.reason'), dataIndex: 'reason' },
          {
            key: 'proposed',
            title: t('lifecycle.proposed'),
            render: (_, c) =>
              `${c.proposedByUsername ?? '—'} · ${formatDateTime(c.proposedAt, i18n.language)}`,
          },
          {
            key: 'status',
            title: t('lifecycle.status'),
            render: (_, c) => (
              <Space orientation="vertical" size={0}>
                <Tag color={COLORS[c.status]}>{t(`lifecycle.correctionStatus.${c.status}`)}</Tag>
                {c.decisionReason ? (
                  <Typography.Text type="secondary">{c.decisionReason}</Typography.Text>
                ) : null}
              </Space>
            ),
          },
          {
            key: 'actions',
            title: '',
            render: (_, c) =>
              c.status === 'PENDING' ? (
                <Space>
                  {canAccept ? (
                    <Popconfirm
                      title={t('lifecycle.acceptConfirm')}
                      onConfirm={() => onAccept(c.id)}
                    >
                      <Button size="small" type="primary" loading={accept.isPending}>
                        {t('lifecycle.accept')}
                      </Button>
                    </Popconfirm>
                  ) : null}
                  {canReject ? (
                    <Button size="small" danger onClick={() => setRejecting(c.id)}>
                      {t('lifecycle.reject')}
                    </Button>
                  ) : null}
                </Space>
              ) : null,
          },
        ]}
      />
      {rejecting ? (
        <ReasonModal
          title={t('lifecycle.rejectCorrectionTitle')}
          okText={t('lifecycle.reject')}
          busy={reject.isPending}
          onClose={() => setRejecting(undefined)}
          onSubmit={async (reason) => {
            await reject.mutateAsync({ correctionId: rejecting, reason });
            void message.success(t('lifecycle.correctionRejected'));
            onDecided?.();
          }}
        />
      ) : null}
    </>
  );
}
