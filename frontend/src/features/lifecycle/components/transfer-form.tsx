import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { fieldProblems } from '@/lib/problem';
import { useTransferCustomers } from '../api/transfer';
import type { Transfer, TransferCreate } from '../api/types';

type Values = {
  fromOwnerId: string;
  toOwnerId: string;
  team?: string;
  toTeam?: string;
  reason: string;
};
const FIELDS = ['fromOwnerId', 'toOwnerId', 'team', 'toTeam', 'reason'] as const;

/**
 * Hands every customer of one owner (optionally only one team's) over to another owner, in one
 * recorded step (员工调离，客户资料移交). Owners are named by their user id.
 */
export function TransferForm() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<Transfer>();
  const transfer = useTransferCustomers();

  const onFinish = async (values: Values) => {
    setError(undefined);
    setDone(undefined);
    const body: TransferCreate = {
      fromOwnerId: values.fromOwnerId.trim(),
      toOwnerId: values.toOwnerId.trim(),
      reason: values.reason.trim(),
      ...(values.team?.trim() ? { team: values.team.trim() } : {}),
      ...(values.toTeam?.trim() ? { toTeam: values.toTeam.trim() } : {}),
    };
    try {
      setDone(await transfer.mutateAsync(body));
    } catch (err) {
      const fields = fieldProblems(err, t, FIELDS);
      if (fields.length > 0) form.setFields(fields);
      setError(err);
    }
  };

  const required = [{ required: true, whitespace: true, message: t('lifecycle.required') }];
  return (
    <Card title={t('lifecycle.transferTitle')} style={{ maxWidth: 720 }}>
      <Typography.Paragraph type="secondary">{t('lifecycle.transferIntro')}</Typography.Paragraph>
      {done ? (
        <Alert
          type="success"
          showIcon
          data-testid="transfer-done"
          title={t('lifecycle.transferred', { count: done.count })}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {error ? <ProblemAlert error={error} /> : null}
      <Form form={form} name="transfer" layout="vertical" onFinish={(v) => void onFinish(v)}>
        <Form.Item name="fromOwnerId" label={t('lifecycle.fromOwnerId')} rules={required}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="toOwnerId" label={t('lifecycle.toOwnerId')} rules={required}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="team" label={t('lifecycle.teamFilter')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="toTeam" label={t('lifecycle.toTeam')} extra={t('lifecycle.toTeamHelp')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="reason" label={t('lifecycle.reason')} rules={required}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={transfer.isPending}>
          {t('lifecycle.transfer')}
        </Button>
      </Form>
    </Card>
  );
}
