import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { fieldProblems } from '@/lib/problem';
import { useRejectAccessGrant } from '../api/change-access-grant';

type Props = { grantId: string; onClose: () => void; onRejected: () => void };

/** Rejecting needs a reason, which the requester sees. */
export function RejectGrantModal({ grantId, onClose, onRejected }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<unknown>();
  const reject = useRejectAccessGrant();

  const onFinish = async ({ reason }: { reason: string }) => {
    setError(undefined);
    try {
      await reject.mutateAsync({ grantId, reason: reason.trim() });
      onRejected();
    } catch (err) {
      const fields = fieldProblems(err, t, ['reason'] as const);
      if (fields.length > 0) form.setFields(fields);
      setError(err);
    }
  };

  return (
    <Modal
      open
      title={t('accessGrant.rejectTitle')}
      okText={t('accessGrant.reject')}
      okButtonProps={{ danger: true, loading: reject.isPending }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {error ? <ProblemAlert error={error} /> : null}
      <Form
        form={form}
        name="reject-grant"
        layout="vertical"
        style={{ marginTop: 16 }}
        onFinish={(values) => void onFinish(values)}
      >
        <Form.Item
          name="reason"
          label={t('accessGrant.rejectReason')}
          rules={[
            { required: true, whitespace: true, message: t('accessGrant.rejectReasonRequired') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
