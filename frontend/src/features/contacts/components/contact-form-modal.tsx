import { Alert, Button, Checkbox, DatePicker, Form, Input, Modal, Select, Spin } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem } from '@/api/problem-error';
import { ProblemAlert } from '@/components/problem-alert';
import { fieldProblems } from '@/lib/problem';
import { useContact } from '../api/get-contact';
import { useCreateContact, useUpdateContact } from '../api/save-contact';
import {
  DECISION_ROLES,
  type Contact,
  type ContactCreate,
  type ContactPatch,
  type DecisionRole,
} from '../api/types';

const TEXT_FIELDS = [
  'name',
  'title',
  'department',
  'mobile',
  'phone',
  'email',
  'hobbies',
  'notes',
] as const;
type TextField = (typeof TEXT_FIELDS)[number];
const FORM_FIELDS = [...TEXT_FIELDS, 'birthday', 'decisionRole', 'primary'] as const;

type Values = Partial<Record<TextField, string>> & {
  birthday?: Dayjs | null;
  decisionRole?: DecisionRole;
  primary?: boolean;
};

const blankToNull = (v?: string | null) => (v?.trim() ? v.trim() : null);

function toValues(contact?: Contact): Values {
  if (!contact) return { primary: false };
  const values: Values = {
    birthday: contact.birthday ? dayjs(contact.birthday) : null,
    decisionRole: contact.decisionRole,
    primary: contact.primary,
  };
  for (const f of TEXT_FIELDS) values[f] = contact[f] ?? '';
  return values;
}

function toPatch(before: Contact, values: Values): ContactPatch {
  const patch: ContactPatch = {};
  for (const f of TEXT_FIELDS) {
    const next = blankToNull(values[f]);
    if (next === blankToNull(before[f])) continue;
    if (f === 'name') {
      if (next) patch.name = next;
    } else {
      patch[f] = next;
    }
  }
  const birthday = values.birthday ? values.birthday.format('YYYY-MM-DD') : null;
  if (birthday !== (before.birthday ?? null)) patch.birthday = birthday;
  if (values.decisionRole && values.decisionRole !== before.decisionRole) {
    patch.decisionRole = values.decisionRole;
  }
  if (Boolean(values.primary) !== before.primary) patch.primary = Boolean(values.primary);
  return patch;
}

function toCreate(values: Values): ContactCreate {
  const body: ContactCreate = { name: values.name?.trim() ?? '', primary: Boolean(values.primary) };
  for (const f of TEXT_FIELDS) {
    const v = blankToNull(values[f]);
    if (f !== 'name' && v) body[f] = v;
  }
  if (values.birthday) body.birthday = values.birthday.format('YYYY-MM-DD');
  if (values.decisionRole) body.decisionRole = values.decisionRole;
  return body;
}

type Props = {
  customerId: string;
  /** The contact to edit, or undefined to add one. */
  contactId?: string;
  onClose: () => void;
};

/** Mounted only while open, so each opening starts from a fresh read and a clean form. */
export function ContactFormModal({ customerId, contactId, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>();
  const editing = useContact(customerId, contactId);
  const create = useCreateContact(customerId);
  const update = useUpdateContact(customerId);
  const saving = create.isPending || update.isPending;
  const loaded = editing.data;

  const onFinish = async (values: Values) => {
    setError(undefined);
    try {
      if (contactId && loaded) {
        const patch = toPatch(loaded.contact, values);
        if (Object.keys(patch).length > 0) {
          await update.mutateAsync({ contactId, etag: loaded.etag, patch });
        }
      } else {
        await create.mutateAsync(toCreate(values));
      }
      onClose();
    } catch (err) {
      const fields = fieldProblems(err, t, FORM_FIELDS);
      if (fields.length > 0) form.setFields(fields);
      setError(err);
    }
  };

  const f = (key: string) => t(`contact.fields.${key}`);

  return (
    <Modal
      open
      title={t(contactId ? 'contact.editTitle' : 'contact.addTitle')}
      onCancel={onClose}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="save" type="primary" loading={saving} onClick={() => form.submit()}>
          {t('common.save')}
        </Button>,
      ]}
    >
      {error ? (
        isProblem(error, 412) ? (
          <Alert type="warning" showIcon role="alert" title={t('problem.412')} />
        ) : (
          <ProblemAlert error={error} />
        )
      ) : null}
      {contactId && editing.error ? <ProblemAlert error={editing.error} /> : null}
      {contactId && !loaded ? (
        <Spin spinning={editing.isLoading}>
          <div style={{ minHeight: 120 }} />
        </Spin>
      ) : (
        <Form<Values>
          form={form}
          name="contact"
          layout="vertical"
          onFinish={(values) => void onFinish(values)}
          disabled={saving}
          style={{ marginTop: 16 }}
          initialValues={toValues(loaded?.contact)}
        >
          <Form.Item
            name="name"
            label={f('name')}
            rules={[{ required: true, whitespace: true, message: t('contact.nameRequired') }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="title" label={f('title')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="department" label={f('department')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="mobile" label={f('mobile')}>
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="phone" label={f('phone')}>
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item
            name="email"
            label={f('email')}
            rules={[{ type: 'email', message: t('customer.form.emailInvalid') }]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="birthday" label={f('birthday')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="decisionRole" label={f('decisionRole')}>
            <Select
              allowClear={!loaded?.contact.decisionRole}
              options={DECISION_ROLES.map((value) => ({
                value,
                label: t(`contact.decisionRole.${value}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="hobbies" label={f('hobbies')}>
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item name="notes" label={f('notes')}>
            <Input.TextArea rows={2} maxLength={4000} />
          </Form.Item>
          <Form.Item name="primary" valuePropName="checked">
            <Checkbox>{f('primary')}</Checkbox>
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
