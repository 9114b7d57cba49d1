import { CheckOutlined, CloseOutlined, EditOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDate } from '@/lib/format';
import { useCan } from '@/lib/permissions';
import { useApproveCustomer, useRejectCustomer, useSubmitCustomer } from '../api/lifecycle';
import type { VersionedCustomer } from '../api/types';
import { CorrectionModal } from './correction-modal';
import { ReasonModal } from './reason-modal';

type Props = { versioned: VersionedCustomer; onChanged: () => void };

/**
 * The archive's next lifecycle steps: submit a draft, approve or reject a submitted archive,
 * propose a correction to an approved one. Each button shows only to callers allowed to use it.
 */
export function LifecycleActions({ versioned, onChanged }: Props) {
  const { customer, etag } = versioned;
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const canSubmit = useCan('submitCustomer');
  const canApprove = useCan('approveCustomer');
  const canReject = useCan('rejectCustomer');
  const canPropose = useCan('proposeCorrection');
  const submit = useSubmitCustomer();
  const approve = useApproveCustomer();
  const reject = useRejectCustomer();
  const [error, setError] = useState<unknown>();
  const [rejecting, setRejecting] = useState(false);
  const [correcting, setCorrecting] = useState(false);

  const run = async (action: () => Promise<unknown>, done: string) => {
    setError(undefined);
    try {
      await action();
      void message.success(t(done));
      onChanged();
    } catch (err) {
      setError(err);
    }
  };

  const status = customer.status;
  const actions = [
    canSubmit && status === 'DRAFT' ? (
      <Popconfirm
        key="submit"
        title={t('lifecycle.submitConfirm')}
        onConfirm={() =>
          run(() => submit.mutateAsync({ id: customer.id, etag }), 'lifecycle.submitted')
        }
      >
        <Button type="primary" icon={<SendOutlined />} loading={submit.isPending}>
          {t('lifecycle.submit')}
        </Button>
      </Popconfirm>
    ) : null,
    canApprove && status === 'PENDING_APPROVAL' ? (
      <Popconfirm
        key="approve"
        title={t('lifecycle.approveConfirm')}
        onConfirm={() =>
          run(() => approve.mutateAsync({ id: customer.id, etag }), 'lifecycle.approved')
        }
      >
        <Button type="primary" icon={<CheckOutlined />} loading={approve.isPending}>
          {t('lifecycle.approve')}
        </Button>
      </Popconfirm>
    ) : null,
    canReject && status === 'PENDING_APPROVAL' ? (
      <Button key="reject" danger icon={<CloseOutlined />} onClick={() => setRejecting(true)}>
        {t('lifecycle.reject')}
      </Button>
    ) : null,
    canPropose && status === 'APPROVED' ? (
      <Button key="correct" icon={<EditOutlined />} onClick={() => setCorrecting(true)}>
        {t('lifecycle.proposeCorrection')}
      </Button>
    ) : null,
  ].filter(Boolean);

  return (
    <Card size="small" title={t('lifecycle.title')} extra={<Space>{actions}</Space>}>
      {error ? <ProblemAlert error={error} /> : null}
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'nextReviewOn',
            label: t('lifecycle.nextReviewOn'),
            children: customer.nextReviewOn
              ? formatDate(customer.nextReviewOn, i18n.language)
              : '—',
          },
          {
            key: 'hint',
            label: t('lifecycle.nextStep'),
            children: t(`lifecycle.hint.${status}`),
          },
        ]}
      />
      {rejecting ? (
        <ReasonModal
          title={t('lifecycle.rejectTitle')}
          okText={t('lifecycle.reject')}
          busy={reject.isPending}
          onClose={() => setRejecting(false)}
          onSubmit={async (reason) => {
            await reject.mutateAsync({ id: customer.id, etag, reason });
            void message.success(t('lifecycle.rejected'));
            onChanged();
          }}
        />
      ) : null}
      {correcting ? (
        <CorrectionModal customer={customer} onClose={() => setCorrecting(false)} />
      ) : null}
    </Card>
  );
}
