import { DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { formatMoney } from '@/lib/format';
import { useRecordPayment } from '../api/save-transaction';
import { PAYMENT_METHODS, type PaymentMethod, type Transaction } from '../api/types';
import { formFieldErrors } from './field-errors';

type Values = { paymentDate: Dayjs; amount: string; method?: PaymentMethod; reference?: string };

const MONEY = /^(0|[1-9]\d{0,15})(\.\d{1,2})?$/;

/** Records a payment received (回款登记); mounted only while open. */
export function PaymentModal({
  customerId,
  transaction,
  onClose,
}: {
  customerId: string;
  transaction: Transaction;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const record = useRecordPayment(customerId);

  const onFinish = async (values: Values) => {
    setError(undefined);
    try {
      await record.mutateAsync({
        transactionId: transaction.id,
        idempotencyKey,
        body: {
          paymentDate: values.paymentDate.format('YYYY-MM-DD'),
          amount: values.amount.trim(),
          ...(values.method ? { method: values.method } : {}),
          ...(values.reference?.trim() ? { reference: values.reference.trim() } : {}),
        },
      });
      onClose();
    } catch (err) {
      form.setFields(
        formFieldErrors<Values>(err, t, (p) => ['paymentDate', 'amount'].includes(String(p[0]))),
      );
      setError(err);
    }
  };

  const f = (key: string) => t(`transactions.payment.${key}`);
  return (
    <Modal
      open
      title={t('transactions.payment.title', { number: transaction.number })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={record.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {error ? <ProblemAlert error={error} /> : null}
      <p>
        {t('transactions.payment.outstanding', {
          amount: formatMoney(transaction.outstandingAmount, transaction.currency, i18n.language),
        })}
      </p>
      <Form<Values>
        form={form}
        name="payment"
        layout="vertical"
        disabled={record.isPending}
        initialValues={{ paymentDate: dayjs(), amount: transaction.outstandingAmount }}
        onFinish={(values) => void onFinish(values)}
      >
        <Form.Item
          name="paymentDate"
          label={f('paymentDate')}
          rules={[{ required: true, message: t('transactions.form.required') }]}
        >
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item
          name="amount"
          label={f('amount')}
          rules={[
            { required: true, message: t('transactions.form.required') },
            { pattern: MONEY, message: t('transactions.form.moneyFormat') },
          ]}
        >
          <Input inputMode="decimal" addonAfter={transaction.currency} />
        </Form.Item>
        <Form.Item name="method" label={f('method')}>
          <Select
            allowClear
            options={PAYMENT_METHODS.map((value) => ({
              value,
              label: t(`transactions.method.${value}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="reference" label={f('reference')}>
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
