import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { fieldProblems } from '@/lib/problem';
import { useRejectAccessGrant, useRevokeAccessGrant } from '../api/change-access-grant';

type Props = {
  grantId: string;
  /** Rejecting a request or revoking a grant: both need a reason, kept on the grant. */
  action: 'reject' | 'revoke';
  onClose: () => void;
  onDone: () => void;
};

export function GrantReasonModal({ grantId, action, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<unknown>();
  const reject = useRejectAccessGrant();
  const revoke = useRevokeAccessGrant();
  const mutation = action === 'reject' ? reject : revoke;

  const onFinish = async ({ reason }: { reason: string }) => {
    setError(undefined);
    try {
      await mutation.mutateAsync({ grantId, reason: reason.trim() });
      onDone();
    } catch (err) {
      const fields = fieldProblems(err, t, ['reason'] as const);
      if (fields.length > 0) form.setFields(fields);
      setError(err);
    }
  };

  return (
    <Modal
      open
      title={t(action === 'reject' ? 'accessGrant.rejectTitle' : 'accessGrant.revokeTitle')}
      okText={t(action === 'reject' ? 'accessGrant.reject' : 'accessGrant.revoke')}
      okButtonProps={{ danger: true, loading: mutation.isPending }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {error ? <ProblemAlert error={error} /> : null}
      <Form
        form={form}
        name={`${action}-grant`}
        layout="vertical"
        style={{ marginTop: 16 }}
        onFinish={(values) => void onFinish(values)}
      >
        <Form.Item
          name="reason"
          label={t(action === 'reject' ? 'accessGrant.rejectReason' : 'accessGrant.revokeReason')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t(
                action === 'reject'
                  ? 'accessGrant.rejectReasonRequired'
                  : 'accessGrant.revokeReasonRequired',
              ),
            },
          ]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
