import { EditOutlined, InboxOutlined, RollbackOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isProblem } from '@/api/problem-error';
import { ProblemAlert } from '@/components/problem-alert';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';
import { useMe } from '@/lib/me';
import { useCan } from '@/lib/permissions';
import { useArchiveCustomer, useRestoreCustomer } from '../api/change-customer-status';
import type { TFunction } from 'i18next';
import type { ProfileTemplate } from '@/lib/profile-templates';
import { isEditable, type Customer, type VersionedCustomer } from '../api/types';
import { CustomFieldsView } from './custom-fields';
import { MaskedValue } from './masked-value';
import { sectionsFor, type ProfileFieldDef } from './profile-fields';
import { StatusTag } from './status-tag';

type Props = {
  versioned: VersionedCustomer;
  onReload: () => void;
  /** Profile templates, to label the archive's custom fields. */
  templates?: ProfileTemplate[];
};

/** A profile value in words: enum labels, money with its currency, greeting dates. */
export function profileValueText(
  def: ProfileFieldDef,
  customer: Customer,
  t: TFunction,
  language: string,
): string {
  const value = customer[def.name as keyof Customer];
  if (value === undefined || value === null || value === '') return '—';
  switch (def.input) {
    case 'enum':
      return t(`profiles.enums.${def.name}.${String(value)}`);
    case 'money': {
      const money = value as { amount: string; currency: string };
      return `${new Intl.NumberFormat(language, { minimumFractionDigits: 2 }).format(
        Number(money.amount),
      )} ${money.currency}`;
    }
    case 'decimal':
    case 'integer':
      return new Intl.NumberFormat(language).format(value as number);
    case 'greetingDates': {
      const dates = value as { label: string; date: string }[];
      return dates.length ? dates.map((d) => `${d.label} ${d.date}`).join('；') : '—';
    }
    default:
      return String(value);
  }
}

export function CustomerProfile({ versioned, onReload, templates = [] }: Props) {
  const { customer, etag } = versioned;
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const canEdit = useCan('updateCustomer');
  // Sensitive fields arrive masked for roles that may not see them (SPEC §9).
  const masked = useMe().data?.seesSensitiveFields === false;
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
          ]}
        />
        {sectionsFor(customer.kind).map((section) => (
          <Descriptions
            key={section.key}
            bordered
            size="small"
            column={{ xs: 1, md: 2 }}
            title={t(`profiles.sections.${section.key}`)}
            data-testid={`profile-${section.key}`}
            items={section.fields.map((def) => ({
              key: def.name,
              label: t(`profiles.fields.${def.name}`),
              span: def.wide ? 'filled' : undefined,
              children:
                def.sensitive && masked && customer[def.name as keyof Customer] ? (
                  <MaskedValue text={profileValueText(def, customer, t, i18n.language)} />
                ) : (
                  profileValueText(def, customer, t, i18n.language)
                ),
            }))}
          />
        ))}
        <CustomFieldsView
          templates={templates}
          ids={customer.profileTemplateIds ?? []}
          values={customer.customFields ?? {}}
        />
      </Space>
    </Card>
  );
}
