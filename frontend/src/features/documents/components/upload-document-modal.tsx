import { InboxOutlined } from '@ant-design/icons';
import { App, DatePicker, Form, Input, InputNumber, Modal, Select, Upload } from 'antd';
import type { UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { isProblem } from '@/api/client';
import { problemMessage } from '@/lib/problem';
import { useUploadDocument, useUploadDocumentVersion } from '../api/save-document';
import { ACCEPTED_FILES, DOCUMENT_TYPES, type DocumentRecord } from '../api/types';

type Props = {
  customerId: string;
  /** Given: upload a new version of this document; absent: a new document. */
  document?: DocumentRecord;
  onClose: () => void;
};

type Values = {
  /** Shown by the Upload control; only here to carry the file's errors. */
  file?: unknown;
  type: DocumentRecord['type'];
  title: string;
  documentDate?: Dayjs;
  pageCount?: number;
  position?: number;
  validUntil?: Dayjs;
};

const FIELDS = ['file', 'type', 'title', 'documentDate', 'pageCount', 'position', 'validUntil'];

/** The problem's errors on the form's fields, in the user's language where the code is known. */
function documentFieldProblems(error: unknown, t: TFunction) {
  if (!isProblem(error)) return [];
  const byField = new Map<string, string[]>();
  for (const e of error.errors) {
    if (!FIELDS.includes(e.field)) continue;
    const text = e.code ? t(`document.errors.${e.code}`, { defaultValue: e.message }) : e.message;
    byField.set(e.field, [...(byField.get(e.field) ?? []), text]);
  }
  return [...byField].map(([name, errors]) => ({ name, errors }));
}

/** Upload dialog: one file (checked by the server: size, type from its bytes) and its metadata. */
export function UploadDocumentModal({ customerId, document, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const create = useUploadDocument(customerId);
  const addVersion = useUploadDocumentVersion(customerId);
  const busy = create.isPending || addVersion.isPending;

  const submit = async () => {
    const values = await form.validateFields();
    const file = files[0]?.originFileObj;
    if (!file) {
      form.setFields([{ name: 'file', errors: [t('document.upload.fileRequired')] }]);
      return;
    }
    try {
      if (document) {
        await addVersion.mutateAsync({ document, file });
      } else {
        await create.mutateAsync({
          file,
          fields: {
            type: values.type,
            title: values.title,
            documentDate: values.documentDate?.format('YYYY-MM-DD'),
            pageCount: values.pageCount ?? undefined,
            position: values.position ?? undefined,
            validUntil: values.validUntil?.format('YYYY-MM-DD'),
          },
        });
      }
      void message.success(t('document.upload.done'));
      onClose();
    } catch (err) {
      const problems = documentFieldProblems(err, t);
      if (problems.length > 0) form.setFields(problems as never);
      else void message.error(problemMessage(err, t));
    }
  };

  return (
    <Modal
      open
      title={
        document
          ? t('document.upload.newVersionTitle', { title: document.title })
          : t('document.upload.title')
      }
      okText={t('document.upload.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ type: 'CONTRACT' }}>
        <Form.Item name="file" label={t('document.fields.file')} required>
          <Upload.Dragger
            accept={ACCEPTED_FILES}
            maxCount={1}
            fileList={files}
            beforeUpload={() => false}
            onChange={({ fileList }) => {
              setFiles(fileList.slice(-1));
              form.setFields([{ name: 'file', errors: [] }]);
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('document.upload.drop')}</p>
            <p className="ant-upload-hint">{t('document.upload.hint')}</p>
          </Upload.Dragger>
        </Form.Item>
        {document ? null : (
          <>
            <Form.Item name="type" label={t('document.fields.type')} rules={[{ required: true }]}>
              <Select
                options={DOCUMENT_TYPES.map((type) => ({
                  value: type,
                  label: t(`document.type.${type}`),
                }))}
              />
            </Form.Item>
            <Form.Item
              name="title"
              label={t('document.fields.title')}
              rules={[
                { required: true, whitespace: true, message: t('document.upload.titleRequired') },
              ]}
            >
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="documentDate" label={t('document.fields.documentDate')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="pageCount" label={t('document.fields.pageCount')}>
              <InputNumber min={1} max={100000} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="position" label={t('document.fields.position')}>
              <InputNumber min={1} max={100000} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="validUntil" label={t('document.fields.validUntil')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
