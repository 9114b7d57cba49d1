import { EditOutlined, InboxOutlined, RollbackOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isProblem } from '@/api/problem-error';
import { ProblemAlert } from '@/components/problem-alert';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';
import { useCan } from '@/lib/permissions';
import { useArchiveCustomer, useRestoreCustomer } from '../api/change-customer-status';
import { isEditable, type VersionedCustomer } from '../api/types';
import { StatusTag } from './status-tag';

type Props = { versioned: VersionedCustomer; onReload: () => void };

export function CustomerProfile({ versioned, onReload }: Props) {
  const { customer, etag } = versioned;
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const canEdit = useCan('updateCustomer');
  const canArchive = useCan('archiveCustomer');
  const canRestore = useCan('restoreCustomer');
  const archive = useArchiveCustomer();
  const restore = useRestoreCustomer();
  const [error, setError] = useState<unknown>();
  const archived = customer.status === 'ARCHIVED';
  const editable = isEditable(customer);

  const change = async (which: 'archive' | 'restore') => {
    setError(undefined);
    try {
      await (which === 'archive' ? archive : restore).mutateAsync({ id: customer.id, etag });
      void message.success(
        t(which === 'archive' ? 'customer.detail.archived' : 'customer.detail.restored'),
      );
    } catch (err) {
      setError(err);
    }
  };

  const dash = (v?: string) => v || '—';
  const f = (key: string) => t(`customer.fields.${key}`);

  return (
    <Card
      title={
        <Space>
          <Typography.Text strong data-testid="customer-name">
            {customer.name}
          </Typography.Text>
          <StatusTag status={customer.status} />
        </Space>
      }
      extra={
        <Space>
          {canEdit && editable ? (
            <Button
              icon={<EditOutlined />}
              onClick={() => navigate(paths.editCustomer(customer.id))}
            >
              {t('common.edit')}
            </Button>
          ) : null}
          {canArchive && !archived ? (
            <Popconfirm
              title={t('customer.detail.archiveConfirm')}
              onConfirm={() => change('archive')}
            >
              <Button danger icon={<InboxOutlined />} loading={archive.isPending}>
                {t('customer.detail.archive')}
              </Button>
            </Popconfirm>
          ) : null}
          {canRestore && archived ? (
            <Popconfirm
              title={t('customer.detail.restoreConfirm')}
              onConfirm={() => change('restore')}
            >
              <Button icon={<RollbackOutlined />} loading={restore.isPending}>
                {t('customer.detail.restore')}
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {canEdit && !editable ? (
          <Alert
            type="info"
            showIcon
            data-testid="not-editable-hint"
            title={t(
              archived
                ? 'customer.detail.archivedHint'
                : customer.status === 'PENDING_APPROVAL'
                  ? 'lifecycle.pendingHint'
                  : 'customer.detail.approvedHint',
            )}
          />
        ) : null}
        {error ? (
          <ProblemAlert
            error={error}
            action={
              isProblem(error, 412) ? (
                <Button
                  onClick={() => {
                    setError(undefined);
                    onReload();
                  }}
                >
                  {t('common.reload')}
                </Button>
              ) : undefined
            }
          />
        ) : null}
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2 }}
          title={t('customer.detail.profile')}
          items={[
            { key: 'archiveNo', label: f('archiveNo'), children: customer.archiveNo },
            { key: 'status', label: f('status'), children: <StatusTag status={customer.status} /> },
            { key: 'kind', label: f('kind'), children: t(`customer.kind.${customer.kind}`) },
            {
              key: 'nature',
              label: f('nature'),
              children: customer.nature ? t(`customer.nature.${customer.nature}`) : '—',
            },
            { key: 'name', label: f('name'), children: customer.name },
            { key: 'shortName', label: f('shortName'), children: dash(customer.shortName) },
            ...(customer.kind === 'ORGANIZATION'
              ? [{ key: 'creditCode', label: f('creditCode'), children: dash(customer.creditCode) }]
              : []),
            { key: 'industry', label: f('industry'), children: dash(customer.industry) },
            { key: 'region', label: f('region'), children: dash(customer.region) },
            { key: 'address', label: f('address'), children: dash(customer.address) },
            { key: 'phone', label: f('phone'), children: dash(customer.phone) },
            { key: 'email', label: f('email'), children: dash(customer.email) },
            {
              key: 'team',
              label: f('team'),
              children: customer.team ?? t('customer.list.unassigned'),
            },
            {
              key: 'createdAt',
              label: f('createdAt'),
              children: formatDateTime(customer.createdAt, i18n.language),
            },
            {
              key: 'updatedAt',
              label: f('updatedAt'),
              children: formatDateTime(customer.updatedAt, i18n.language),
            },
            { key: 'notes', label: f('notes'), span: 'filled', children: dash(customer.notes) },
          ]}
        />
      </Space>
    </Card>
  );
}
