import { MergeCellsOutlined } from '@ant-design/icons';
import { App, Button, Descriptions, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { useCan } from '@/lib/permissions';
import { fieldProblems } from '@/lib/problem';
import { findByArchiveNo, useMergeCustomer } from '../api/merge';
import type { Customer, VersionedCustomer } from '../api/types';

type Props = { versioned: VersionedCustomer; onMerged: () => void };

/**
 * "Merge another archive into this one", for the roles allowed to: the duplicate is picked by its
 * archive number, shown for confirmation, and merged with a reason (If-Match: this archive's ETag).
 */
export function MergeAction({ versioned, onMerged }: Props) {
  const { t } = useTranslation();
  const allowed = useCan('mergeCustomer');
  const [open, setOpen] = useState(false);
  if (!allowed || versioned.customer.status === 'ARCHIVED') return null;
  return (
    <>
      <Button icon={<MergeCellsOutlined />} onClick={() => setOpen(true)}>
        {t('merge.action')}
      </Button>
      {open ? (
        <MergeModal versioned={versioned} onClose={() => setOpen(false)} onMerged={onMerged} />
      ) : null}
    </>
  );
}

type Values = { archiveNo: string; reason: string };

function MergeModal({
  versioned,
  onClose,
  onMerged,
}: Props & {
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [source, setSource] = useState<Customer>();
  const [searching, setSearching] = useState(false);
  const [error, setError] = useState<unknown>();
  const merge = useMergeCustomer();

  const lookUp = async (archiveNo: string) => {
    setError(undefined);
    setSource(undefined);
    if (!archiveNo.trim()) return;
    setSearching(true);
    try {
      const found = await findByArchiveNo(archiveNo);
      if (!found) {
        form.setFields([{ name: 'archiveNo', errors: [t('merge.modal.notFound')] }]);
      } else if (found.id === versioned.customer.id) {
        form.setFields([{ name: 'archiveNo', errors: [t('merge.modal.self')] }]);
      } else {
        form.setFields([{ name: 'archiveNo', errors: [] }]);
        setSource(found);
      }
    } catch (err) {
      setError(err);
    } finally {
      setSearching(false);
    }
  };

  const onFinish = async ({ reason }: Values) => {
    if (!source) {
      form.setFields([{ name: 'archiveNo', errors: [t('merge.modal.findFirst')] }]);
      return;
    }
    setError(undefined);
    try {
      await merge.mutateAsync({
        id: versioned.customer.id,
        etag: versioned.etag,
        sourceId: source.id,
        reason: reason.trim(),
      });
      void message.success(t('merge.merged', { archiveNo: source.archiveNo }));
      onClose();
      onMerged();
    } catch (err) {
      const fields = fieldProblems(err, t, ['reason'] as const);
      if (fields.length > 0) form.setFields(fields);
      setError(err);
    }
  };

  return (
    <Modal
      open
      title={t('merge.modal.title', { archiveNo: versioned.customer.archiveNo })}
      okText={t('merge.modal.ok')}
      okButtonProps={{ danger: true, loading: merge.isPending, disabled: !source }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {error ? <ProblemAlert error={error} /> : null}
      <Form
        form={form}
        name="merge"
        layout="vertical"
        style={{ marginTop: 16 }}
        onFinish={(values) => void onFinish(values)}
      >
        <Form.Item
          name="archiveNo"
          label={t('merge.modal.archiveNo')}
          extra={t('merge.modal.archiveNoHelp')}
        >
          <Input.Search
            placeholder="KH-2026-000123"
            enterButton={t('merge.modal.find')}
            loading={searching}
            onSearch={(value) => void lookUp(value)}
            onChange={() => setSource(undefined)}
          />
        </Form.Item>
        {source ? (
          <Descriptions
            size="small"
            column={1}
            bordered
            data-testid="merge-source"
            style={{ marginBottom: 16 }}
            items={[
              { key: 'archiveNo', label: t('merge.modal.source'), children: source.archiveNo },
              { key: 'name', label: t('customer.fields.name'), children: source.name },
              {
                key: 'status',
                label: t('customer.fields.status'),
                children: t(`customer.status.${source.status}`),
              },
            ]}
          />
        ) : null}
        <Form.Item
          name="reason"
          label={t('merge.modal.reason')}
          rules={[{ required: true, whitespace: true, message: t('merge.modal.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
        {source ? <p>{t('merge.modal.warning', { archiveNo: source.archiveNo })}</p> : null}
      </Form>
    </Modal>
  );
}
