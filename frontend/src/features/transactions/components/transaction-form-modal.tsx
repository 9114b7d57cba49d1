import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Form, Input, Modal, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { formatMoney } from '@/lib/format';
import { useProducts } from '../api/products';
import { useCreateTransaction } from '../api/save-transaction';
import { CURRENCIES, PAYMENT_TERMS, type PaymentTerms, type TransactionCreate } from '../api/types';
import { lineAmount, sumAmounts } from './decimal';
import { formFieldErrors } from './field-errors';

type LineValues = { productId?: string; quantity?: string; unitPrice?: string };
type Values = {
  number: string;
  transactionDate: Dayjs;
  currency: string;
  paymentTerms?: PaymentTerms;
  dueDate?: Dayjs | null;
  notes?: string;
  lineItems: LineValues[];
};

const MONEY = /^(0|[1-9]\d{0,15})(\.\d{1,2})?$/;
const QUANTITY = /^(0|[1-9]\d{0,14})(\.\d{1,3})?$/;
const SHOWN = ['number', 'transactionDate', 'currency', 'paymentTerms', 'dueDate', 'notes'];

function toCreate(values: Values): TransactionCreate {
  return {
    number: values.number.trim(),
    transactionDate: values.transactionDate.format('YYYY-MM-DD'),
    currency: values.currency,
    ...(values.paymentTerms ? { paymentTerms: values.paymentTerms } : {}),
    ...(values.dueDate ? { dueDate: values.dueDate.format('YYYY-MM-DD') } : {}),
    ...(values.notes?.trim() ? { notes: values.notes.trim() } : {}),
    lineItems: values.lineItems.map((line) => ({
      productId: line.productId ?? '',
      quantity: (line.quantity ?? '').trim(),
      unitPrice: (line.unitPrice ?? '').trim(),
    })),
  };
}

/** Records a transaction with its line items; mounted only while open. */
export function TransactionFormModal({
  customerId,
  onClose,
}: {
  customerId: string;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>();
  // One key per opening of the dialog: a retry of the same submission is not recorded twice.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const create = useCreateTransaction(customerId);
  const products = useProducts('', false);
  const lines = Form.useWatch('lineItems', form) ?? [];
  const currency = Form.useWatch('currency', form) ?? 'CNY';
  const amounts = lines.map((line) => lineAmount(line?.quantity, line?.unitPrice));

  const onFinish = async (values: Values) => {
    setError(undefined);
    try {
      await create.mutateAsync({ body: toCreate(values), idempotencyKey });
      onClose();
    } catch (err) {
      form.setFields(
        formFieldErrors<Values>(
          err,
          t,
          (path) =>
            SHOWN.includes(String(path[0])) ||
            (path[0] === 'lineItems' && typeof path[1] === 'number' && path.length === 3),
        ),
      );
      setError(err);
    }
  };

  const productOptions = (products.data?.items ?? []).map((p) => ({
    value: p.id,
    label: `${p.code} ${p.name}${p.unit ? ` (${p.unit})` : ''}`,
  }));
  const f = (key: string) => t(`transactions.fields.${key}`);
  const required = { required: true, message: t('transactions.form.required') };

  return (
    <Modal
      open
      width={860}
      title={t('transactions.form.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {error ? <ProblemAlert error={error} /> : null}
      <Form<Values>
        form={form}
        name="transaction"
        layout="vertical"
        disabled={create.isPending}
        initialValues={{ transactionDate: dayjs(), currency: 'CNY', lineItems: [{}] }}
        onFinish={(values) => void onFinish(values)}
      >
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item
              name="number"
              label={f('number')}
              rules={[{ ...required, whitespace: true }]}
            >
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="transactionDate" label={f('transactionDate')} rules={[required]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="currency" label={f('currency')} rules={[required]}>
              <Select options={CURRENCIES.map((value) => ({ value, label: value }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="paymentTerms" label={f('paymentTerms')}>
              <Select
                allowClear
                options={PAYMENT_TERMS.map((value) => ({
                  value,
                  label: t(`transactions.terms.${value}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item
              name="dueDate"
              label={f('dueDate')}
              extra={t('transactions.form.dueDateHint')}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="notes" label={f('notes')}>
              <Input maxLength={2000} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Title level={5}>{t('transactions.fields.lineItems')}</Typography.Title>
        <Form.List name="lineItems">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Row key={field.key} gutter={8} align="top">
                  <Col xs={24} md={9}>
                    <Form.Item
                      name={[field.name, 'productId']}
                      label={index === 0 ? f('product') : undefined}
                      rules={[required]}
                    >
                      <Select
                        showSearch
                        optionFilterProp="label"
                        loading={products.isLoading}
                        options={productOptions}
                        aria-label={`${f('product')} ${index + 1}`}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={8} md={4}>
                    <Form.Item
                      name={[field.name, 'quantity']}
                      label={index === 0 ? f('quantity') : undefined}
                      rules={[
                        required,
                        { pattern: QUANTITY, message: t('transactions.form.quantityFormat') },
                      ]}
                    >
                      <Input inputMode="decimal" aria-label={`${f('quantity')} ${index + 1}`} />
                    </Form.Item>
                  </Col>
                  <Col xs={8} md={4}>
                    <Form.Item
                      name={[field.name, 'unitPrice']}
                      label={index === 0 ? f('unitPrice') : undefined}
                      rules={[
                        required,
                        { pattern: MONEY, message: t('transactions.form.moneyFormat') },
                      ]}
                    >
                      <Input inputMode="decimal" aria-label={`${f('unitPrice')} ${index + 1}`} />
                    </Form.Item>
                  </Col>
                  <Col xs={6} md={5}>
                    <Form.Item label={index === 0 ? f('amount') : undefined}>
                      <span data-testid={`line-amount-${index}`}>
                        {amounts[index]
                          ? formatMoney(amounts[index], currency, i18n.language)
                          : '—'}
                      </span>
                    </Form.Item>
                  </Col>
                  <Col xs={2} md={2}>
                    <Form.Item label={index === 0 ? ' ' : undefined}>
                      <Button
                        type="text"
                        icon={<DeleteOutlined />}
                        disabled={fields.length === 1}
                        aria-label={t('transactions.form.removeLine', { n: index + 1 })}
                        onClick={() => remove(field.name)}
                      />
                    </Form.Item>
                  </Col>
                </Row>
              ))}
              <Row justify="space-between" align="middle">
                <Button icon={<PlusOutlined />} onClick={() => add({})}>
                  {t('transactions.form.addLine')}
                </Button>
                <Typography.Text strong data-testid="form-total">
                  {t('transactions.form.total', {
                    amount: formatMoney(sumAmounts(amounts), currency, i18n.language),
                  })}
                </Typography.Text>
              </Row>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
