import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { fieldProblems } from '@/lib/problem';

type Props = {
  title: string;
  okText: string;
  onSubmit: (reason: string) => Promise<unknown>;
  onClose: () => void;
  busy?: boolean;
};

/** Asks for the reason of a refusal (rejecting an archive or a correction), required. */
export function ReasonModal({ title, okText, onSubmit, onClose, busy = false }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<unknown>();

  const onFinish = async ({ reason }: { reason: string }) => {
    setError(undefined);
    try {
      await onSubmit(reason.trim());
      onClose();
    } catch (err) {
      const fields = fieldProblems(err, t, ['reason'] as const);
      if (fields.length > 0) form.setFields(fields);
      setError(err);
    }
  };

  return (
    <Modal
      open
      title={title}
      okText={okText}
      okButtonProps={{ danger: true, loading: busy }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {error ? <ProblemAlert error={error} /> : null}
      <Form
        form={form}
        name="reason"
        layout="vertical"
        style={{ marginTop: 16 }}
        onFinish={(values) => void onFinish(values)}
      >
        <Form.Item
          name="reason"
          label={t('lifecycle.reason')}
          rules={[{ required: true, whitespace: true, message: t('lifecycle.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
