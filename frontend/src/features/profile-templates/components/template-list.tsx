import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { useCan } from '@/lib/permissions';
import { problemMessage } from '@/lib/problem';
import {
  localLabel,
  templateName,
  useProfileTemplates,
  type ProfileTemplate,
} from '@/lib/profile-templates';
import { readForEditing } from '../api/save-template';
import { TemplateForm } from './template-form';

/** The profile templates with their fields; administrators create and edit them here. */
export function TemplateList() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { data, error, isLoading } = useProfileTemplates();
  const canCreate = useCan('createProfileTemplate');
  const canUpdate = useCan('updateProfileTemplate');
  const [drawer, setDrawer] = useState<
    { open: false } | { open: true; editing?: { template: ProfileTemplate; etag: string } }
  >({ open: false });

  const edit = async (id: string) => {
    try {
      // Edit what the server has now, with its ETag.
      setDrawer({ open: true, editing: await readForEditing(id) });
    } catch (err) {
      void message.error(problemMessage(err, t));
    }
  };

  const columns: ColumnsType<ProfileTemplate> = [
    {
      title: t('profiles.templates.name'),
      dataIndex: 'name',
      render: (_: string, tpl) => (
        <Typography.Text strong>{templateName(tpl, i18n.language)}</Typography.Text>
      ),
    },
    {
      title: t('profiles.templates.customerKind'),
      dataIndex: 'customerKind',
      render: (kind?: string) => t(`profiles.enums.customerKind.${kind ?? 'ANY'}`),
    },
    {
      title: t('profiles.templates.businessLine'),
      dataIndex: 'businessLine',
      render: (line?: string) => line ?? '—',
    },
    {
      title: t('profiles.templates.active'),
      dataIndex: 'active',
      render: (active: boolean) =>
        active ? (
          <Tag color="green">{t('profiles.templates.activeYes')}</Tag>
        ) : (
          <Tag>{t('profiles.templates.activeNo')}</Tag>
        ),
    },
    {
      title: t('profiles.templates.fields'),
      dataIndex: 'fields',
      render: (_: unknown, tpl) => (
        <Space size={[4, 4]} wrap>
          {tpl.fields.map((f) => (
            <Tag key={f.key} title={`${f.key} · ${t(`profiles.enums.fieldType.${f.type}`)}`}>
              {localLabel(f, i18n.language)}
              {f.required ? ' *' : ''}
            </Tag>
          ))}
        </Space>
      ),
    },
    ...(canUpdate
      ? [
          {
            title: '',
            key: 'actions',
            width: 90,
            render: (_: unknown, tpl: ProfileTemplate) => (
              <Button
                size="small"
                icon={<EditOutlined />}
                aria-label={`${t('common.edit')} ${tpl.name}`}
                onClick={() => void edit(tpl.id)}
              >
                {t('common.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      title={t('profiles.templates.title')}
      extra={
        canCreate ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ open: true })}>
            {t('profiles.templates.newTemplate')}
          </Button>
        ) : null
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">
          {t('profiles.templates.intro')}
        </Typography.Paragraph>
        {error ? <ProblemAlert error={error} /> : null}
        <Table<ProfileTemplate>
          rowKey="id"
          loading={isLoading}
          columns={columns}
          dataSource={data ?? []}
          pagination={false}
        />
      </Space>
      {drawer.open ? (
        <TemplateForm
          open
          editing={drawer.editing}
          onClose={() => setDrawer({ open: false })}
          onSaved={() => {
            void message.success(
              t(drawer.editing ? 'profiles.templates.saved' : 'profiles.templates.created'),
            );
            setDrawer({ open: false });
          }}
        />
      ) : null}
    </Card>
  );
}
