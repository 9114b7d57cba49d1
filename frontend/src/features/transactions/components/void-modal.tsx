import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { useVoidTransaction } from '../api/save-transaction';
import type { Transaction } from '../api/types';
import { formFieldErrors } from './field-errors';

/** Voids a wrong transaction with a reason (作废); it stays listed and leaves the totals. */
export function VoidModal({
  customerId,
  transaction,
  onClose,
}: {
  customerId: string;
  transaction: Transaction;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<unknown>();
  const voiding = useVoidTransaction(customerId);

  const onFinish = async ({ reason }: { reason: string }) => {
    setError(undefined);
    try {
      await voiding.mutateAsync({ transactionId: transaction.id, reason: reason.trim() });
      onClose();
    } catch (err) {
      form.setFields(formFieldErrors<{ reason: string }>(err, t, (p) => p[0] === 'reason'));
      setError(err);
    }
  };

  return (
    <Modal
      open
      title={t('transactions.void.title', { number: transaction.number })}
      okText={t('transactions.void.confirm')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={voiding.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <p>{t('transactions.void.explain')}</p>
      {error ? <ProblemAlert error={error} /> : null}
      <Form form={form} name="void" layout="vertical" onFinish={(values) => void onFinish(values)}>
        <Form.Item
          name="reason"
          label={t('transactions.void.reason')}
          rules={[
            { required: true, whitespace: true, message: t('transactions.form.required') },
            { min: 5, message: t('transactions.fieldErrors.reason.tooShort') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
