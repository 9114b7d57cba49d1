import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { useProposeCorrection } from '../api/corrections';
import {
  CORRECTABLE_FIELDS,
  NATURES,
  type CorrectableField,
  type CorrectionChange,
  type Customer,
} from '../api/types';

type Row = { field?: CorrectableField; value?: string };
type Values = { rows: Row[]; reason: string };

const current = (customer: Customer, field: CorrectableField): string | null =>
  (customer[field] as string | undefined) ?? null;

/**
 * Proposes a correction of an approved archive: for each chosen field its current value (shown,
 * sent as `oldValue`) and the new one (empty clears it), with a reason for the decider.
 */
export function CorrectionModal({
  customer,
  onClose,
}: {
  customer: Customer;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>();
  const propose = useProposeCorrection();
  const rows = Form.useWatch('rows', form) ?? [];
  const label = (field: string) => t(`customer.fields.${field}`);

  const onFinish = async ({ rows: chosen, reason }: Values) => {
    setError(undefined);
    const changes: CorrectionChange[] = chosen
      .filter((row): row is Required<Pick<Row, 'field'>> & Row => Boolean(row.field))
      .map((row) => ({
        field: row.field,
        oldValue: current(customer, row.field),
        newValue: row.value?.trim() ? row.value.trim() : null,
      }));
    try {
      await propose.mutateAsync({ customerId: customer.id, changes, reason: reason.trim() });
      void message.success(t('lifecycle.correctionProposed'));
      onClose();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <Modal
      open
      width={720}
      title={t('lifecycle.proposeCorrection')}
      okText={t('lifecycle.proposeSubmit')}
      okButtonProps={{ loading: propose.isPending }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">{t('lifecycle.correctionIntro')}</Typography.Paragraph>
      {error ? <ProblemAlert error={error} /> : null}
      <Form
        form={form}
        name="correction"
        layout="vertical"
        initialValues={{ rows: [{}] }}
        onFinish={(values) => void onFinish(values)}
      >
        <Form.List
          name="rows"
          rules={[
            {
              validator: async (_, value: Row[] | undefined) => {
                if (!value?.some((row) => row?.field)) {
                  throw new Error(t('lifecycle.fieldRequired'));
                }
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map(({ key, name }) => {
                const field = rows[name]?.field;
                const taken = rows.map((row) => row?.field).filter(Boolean);
                return (
                  <Space key={key} align="start" wrap style={{ display: 'flex' }}>
                    <Form.Item
                      name={[name, 'field']}
                      label={t('lifecycle.field')}
                      rules={[{ required: true, message: t('lifecycle.fieldRequired') }]}
                    >
                      <Select
                        style={{ width: 160 }}
                        showSearch={{ optionFilterProp: 'label' }}
                        aria-label={t('lifecycle.field')}
                        options={CORRECTABLE_FIELDS.map((f) => ({
                          value: f,
                          label: label(f),
                          disabled: taken.includes(f) && f !== field,
                        }))}
                      />
                    </Form.Item>
                    <Form.Item label={t('lifecycle.oldValue')}>
                      <Typography.Text data-testid={`old-value-${name}`}>
                        {field ? (current(customer, field) ?? '—') : '—'}
                      </Typography.Text>
                    </Form.Item>
                    <Form.Item name={[name, 'value']} label={t('lifecycle.newValue')}>
                      {field === 'nature' ? (
                        <Select
                          style={{ width: 200 }}
                          allowClear
                          aria-label={t('lifecycle.newValue')}
                          options={NATURES.map((n) => ({
                            value: n,
                            label: t(`customer.nature.${n}`),
                          }))}
                        />
                      ) : (
                        <Input style={{ width: 240 }} aria-label={t('lifecycle.newValue')} />
                      )}
                    </Form.Item>
                    {fields.length > 1 ? (
                      <Button
                        type="text"
                        aria-label={t('lifecycle.removeField')}
                        icon={<MinusCircleOutlined />}
                        style={{ marginTop: 30 }}
                        onClick={() => remove(name)}
                      />
                    ) : null}
                  </Space>
                );
              })}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                {t('lifecycle.addField')}
              </Button>
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>
        <Form.Item
          name="reason"
          label={t('lifecycle.correctionReason')}
          style={{ marginTop: 16 }}
          rules={[{ required: true, whitespace: true, message: t('lifecycle.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
