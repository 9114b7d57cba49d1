import { DeleteOutlined, FilterOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Form, Input, Modal, type MenuProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isProblem } from '@/api/client';
import { ProblemAlert } from '@/components/problem-alert';
import { useCan } from '@/lib/permissions';
import {
  useCreateSavedFilter,
  useDeleteSavedFilter,
  useSavedFilters,
  type SavedFilter,
} from '../api/saved-filters';

/** The list's query string as a saved filter keeps it: everything but the page cursor. */
export function currentQuery(params: URLSearchParams): string {
  const copy = new URLSearchParams(params);
  copy.delete('cursor');
  return copy.toString();
}

/**
 * The caller's saved filters of the page it sits on (the customer list): apply one (its query
 * string becomes the URL's), save the current filters under a name, delete one.
 */
export function SavedFiltersMenu() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canList = useCan('listSavedFilters');
  const canCreate = useCan('createSavedFilter');
  const canDelete = useCan('deleteSavedFilter');
  const [params, setParams] = useSearchParams();
  const { data: filters = [] } = useSavedFilters(canList);
  const create = useCreateSavedFilter();
  const remove = useDeleteSavedFilter();
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<{ name: string }>();

  if (!canList) return null;

  const apply = (filter: SavedFilter) => setParams(new URLSearchParams(filter.query));
  const onDelete = (filter: SavedFilter) =>
    remove.mutate(filter.id, {
      onSuccess: () => message.success(t('customerSearch.saved.deleted', { name: filter.name })),
      onError: () => message.error(t('customerSearch.saved.deleteFailed')),
    });

  const items: MenuProps['items'] = [
    ...(filters.length === 0
      ? [{ key: 'none', disabled: true, label: t('customerSearch.saved.none') }]
      : filters.map((filter) => ({
          key: filter.id,
          label: (
            <span style={{ display: 'flex', justifyContent: 'space-between', gap: 16 }}>
              <span>{filter.name}</span>
              {canDelete ? (
                <DeleteOutlined
                  role="button"
                  aria-label={t('customerSearch.saved.delete', { name: filter.name })}
                  onClick={(e) => {
                    e.stopPropagation();
                    onDelete(filter);
                  }}
                />
              ) : null}
            </span>
          ),
          onClick: () => apply(filter),
        }))),
    ...(canCreate
      ? [
          { type: 'divider' as const },
          {
            key: 'save',
            icon: <SaveOutlined />,
            label: t('customerSearch.saved.saveAs'),
            onClick: () => {
              create.reset();
              form.resetFields();
              setSaving(true);
            },
          },
        ]
      : []),
  ];

  const nameError =
    isProblem(create.error) && create.error.status === 409
      ? t('customerSearch.saved.duplicate')
      : undefined;

  return (
    <>
      <Dropdown menu={{ items }} trigger={['click']}>
        <Button icon={<FilterOutlined />}>{t('customerSearch.saved.title')}</Button>
      </Dropdown>
      <Modal
        open={saving}
        title={t('customerSearch.saved.saveAs')}
        okText={t('customerSearch.saved.save')}
        cancelText={t('common.cancel')}
        confirmLoading={create.isPending}
        onCancel={() => setSaving(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={({ name }) =>
            create.mutate(
              { name: name.trim(), query: currentQuery(params) },
              {
                onSuccess: (saved) => {
                  setSaving(false);
                  message.success(t('customerSearch.saved.savedAs', { name: saved.name }));
                },
              },
            )
          }
        >
          <Form.Item
            name="name"
            label={t('customerSearch.saved.name')}
            rules={[
              { required: true, whitespace: true, message: t('customerSearch.saved.nameRequired') },
            ]}
            validateStatus={nameError ? 'error' : undefined}
            help={nameError}
          >
            <Input maxLength={100} autoFocus />
          </Form.Item>
        </Form>
        {create.error && !nameError ? <ProblemAlert error={create.error} /> : null}
      </Modal>
    </>
  );
}
