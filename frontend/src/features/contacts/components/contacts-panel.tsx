import { PlusOutlined, StarFilled } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Space, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { useCan } from '@/lib/permissions';
import { problemMessage } from '@/lib/problem';
import { useCursorStack } from '@/lib/use-cursor-stack';
import { useContacts } from '../api/list-contacts';
import { useMarkContactLeft } from '../api/save-contact';
import type { Contact } from '../api/types';
import { ContactFormModal } from './contact-form-modal';

type Props = { customerId: string; readOnly?: boolean };

export function ContactsPanel({ customerId, readOnly = false }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [includeLeft, setIncludeLeft] = useState(false);
  const paging = useCursorStack(String(includeLeft));
  const { data, error, isFetching } = useContacts(customerId, includeLeft, paging.cursor);
  const canCreate = useCan('createContact') && !readOnly;
  const canEdit = useCan('updateContact') && !readOnly;
  const canMarkLeft = useCan('deleteContact') && !readOnly;
  const markLeft = useMarkContactLeft(customerId);
  const [modal, setModal] = useState<{ open: boolean; contactId?: string }>({ open: false });

  const onMarkLeft = async (contact: Contact) => {
    try {
      await markLeft.mutateAsync(contact);
      void message.success(t('contact.markedLeft'));
    } catch (err) {
      void message.error(problemMessage(err, t));
    }
  };

  const f = (key: string) => t(`contact.fields.${key}`);
  const columns: ColumnsType<Contact> = [
    {
      title: f('name'),
      dataIndex: 'name',
      render: (name: string, c) => (
        <Space size="small">
          <span>{name}</span>
          {c.primary ? (
            <Tag icon={<StarFilled />} color="gold">
              {t('contact.primary')}
            </Tag>
          ) : null}
        </Space>
      ),
    },
    { title: f('title'), dataIndex: 'title' },
    { title: f('department'), dataIndex: 'department' },
    { title: f('mobile'), dataIndex: 'mobile' },
    { title: f('email'), dataIndex: 'email' },
    {
      title: f('decisionRole'),
      dataIndex: 'decisionRole',
      render: (role?: Contact['decisionRole']) => (role ? t(`contact.decisionRole.${role}`) : null),
    },
    {
      title: f('state'),
      dataIndex: 'active',
      render: (active: boolean) =>
        active ? <Tag color="green">{t('contact.active')}</Tag> : <Tag>{t('contact.left')}</Tag>,
    },
    ...(canEdit || canMarkLeft
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, c: Contact) =>
              c.active ? (
                <Space size="small">
                  {canEdit ? (
                    <Button
                      size="small"
                      type="link"
                      onClick={() => setModal({ open: true, contactId: c.id })}
                    >
                      {t('common.edit')}
                    </Button>
                  ) : null}
                  {canMarkLeft ? (
                    <Popconfirm
                      title={t('contact.markLeftConfirm', { name: c.name })}
                      onConfirm={() => onMarkLeft(c)}
                    >
                      <Button size="small" type="link" danger>
                        {t('contact.markLeft')}
                      </Button>
                    </Popconfirm>
                  ) : null}
                </Space>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <Card
      title={t('contact.title')}
      extra={
        <Space>
          <Typography.Text>{t('contact.includeLeft')}</Typography.Text>
          <Switch
            aria-label={t('contact.includeLeft')}
            checked={includeLeft}
            onChange={setIncludeLeft}
          />
          {canCreate ? (
            <Button icon={<PlusOutlined />} onClick={() => setModal({ open: true })}>
              {t('contact.add')}
            </Button>
          ) : null}
        </Space>
      }
    >
      {error ? <ProblemAlert error={error} /> : null}
      <Table<Contact>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={isFetching}
        pagination={false}
        locale={{ emptyText: t('common.empty') }}
      />
      {paging.hasPrevious || data?.nextCursor ? (
        <Space style={{ marginTop: 12, justifyContent: 'flex-end', width: '100%' }}>
          <Button disabled={!paging.hasPrevious} onClick={paging.previous}>
            {t('common.previous')}
          </Button>
          <Button
            disabled={!data?.nextCursor}
            onClick={() => data?.nextCursor && paging.next(data.nextCursor)}
          >
            {t('common.next')}
          </Button>
        </Space>
      ) : null}
      {modal.open ? (
        <ContactFormModal
          customerId={customerId}
          contactId={modal.contactId}
          onClose={() => setModal({ open: false })}
        />
      ) : null}
    </Card>
  );
}
