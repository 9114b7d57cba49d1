import { Alert, App, Button, Flex, Form, Input, InputNumber, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem } from '@/api/problem-error';
import { ProblemAlert } from '@/components/problem-alert';
import { fieldProblems } from '@/lib/problem';
import { useRequestAccessGrant } from '../api/change-access-grant';

const FORM_FIELDS = ['reason', 'durationHours'] as const;
export const DURATION_PRESETS = [24, 72, 168] as const;

type Values = { reason: string; durationHours: number };

type Props = { archiveNo: string; onClose: () => void };

/** Asks for read access to one customer named by its exact archive number. */
export function RequestAccessModal({ archiveNo, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>();
  const request = useRequestAccessGrant();
  const duration = Form.useWatch('durationHours', form);

  const onFinish = async (values: Values) => {
    setError(undefined);
    try {
      await request.mutateAsync({
        archiveNo,
        reason: values.reason.trim(),
        durationHours: values.durationHours,
      });
      void message.success(t('accessGrant.request.submitted'));
      onClose();
    } catch (err) {
      const fields = fieldProblems(err, t, FORM_FIELDS);
      if (fields.length > 0) form.setFields(fields);
      setError(err);
    }
  };

  return (
    <Modal
      open
      title={t('accessGrant.request.title', { archiveNo })}
      onCancel={onClose}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="submit"
          type="primary"
          loading={request.isPending}
          onClick={() => form.submit()}
        >
          {t('accessGrant.request.submit')}
        </Button>,
      ]}
    >
      {isProblem(error, 404) ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t('accessGrant.request.notFound', { archiveNo })}
        />
      ) : error && !(isProblem(error, 400) && error.errors.length > 0) ? (
        <ProblemAlert error={error} />
      ) : null}
      <Form<Values>
        form={form}
        name="request-access"
        layout="vertical"
        disabled={request.isPending}
        style={{ marginTop: 16 }}
        initialValues={{ reason: '', durationHours: 24 }}
        onFinish={(values) => void onFinish(values)}
      >
        <Form.Item
          name="reason"
          label={t('accessGrant.request.reason')}
          extra={t('accessGrant.request.reasonHint')}
          rules={[
            { required: true, whitespace: true, message: t('accessGrant.request.reasonRequired') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
        <Form.Item label={t('accessGrant.request.duration')} required>
          <Flex wrap gap="small" align="center">
            {DURATION_PRESETS.map((hours) => (
              <Button
                key={hours}
                type={duration === hours ? 'primary' : 'default'}
                onClick={() => form.setFieldValue('durationHours', hours)}
              >
                {t(`accessGrant.request.presets.${hours}`)}
              </Button>
            ))}
            <Form.Item name="durationHours" noStyle rules={[{ required: true }]}>
              <InputNumber
                min={1}
                max={720}
                precision={0}
                aria-label={t('accessGrant.request.duration')}
                suffix={t('accessGrant.request.hours')}
                style={{ width: 140 }}
              />
            </Form.Item>
          </Flex>
        </Form.Item>
      </Form>
    </Modal>
  );
}
