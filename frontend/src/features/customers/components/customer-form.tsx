import { Alert, Button, Card, Col, Form, Input, Radio, Row, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem } from '@/api/problem-error';
import { ProblemAlert } from '@/components/problem-alert';
import { fieldProblems } from '@/lib/problem';
import { useCreateCustomer } from '../api/create-customer';
import {
  CUSTOMER_KINDS,
  CUSTOMER_NATURES,
  type Customer,
  type CustomerCreate,
  type CustomerKind,
  type CustomerNature,
  type CustomerPatch,
  type VersionedCustomer,
} from '../api/types';
import { useUpdateCustomer } from '../api/update-customer';

/** The editable text fields, in form order; `kind` and `nature` are handled apart. */
const TEXT_FIELDS = [
  'name',
  'shortName',
  'creditCode',
  'industry',
  'region',
  'address',
  'phone',
  'email',
  'notes',
] as const;
type TextField = (typeof TEXT_FIELDS)[number];
const FORM_FIELDS = ['kind', 'nature', ...TEXT_FIELDS] as const;

export type CustomerFormValues = { kind: CustomerKind; nature?: CustomerNature } & Partial<
  Record<TextField, string>
>;

function toFormValues(customer?: Customer): CustomerFormValues {
  if (!customer) return { kind: 'ORGANIZATION' };
  const values: CustomerFormValues = { kind: customer.kind, nature: customer.nature };
  for (const field of TEXT_FIELDS) values[field] = customer[field] ?? '';
  return values;
}

const blankToNull = (v: string | null | undefined) => {
  const trimmed = v?.trim();
  return trimmed ? trimmed : null;
};

/** A JSON Merge Patch with only the changed fields; a cleared field becomes null. */
export function diffCustomer(before: Customer, values: CustomerFormValues): CustomerPatch {
  const patch: CustomerPatch = {};
  for (const field of TEXT_FIELDS) {
    if (field === 'creditCode' && before.kind !== 'ORGANIZATION') continue;
    const next = blankToNull(values[field]);
    if (next !== blankToNull(before[field])) {
      if (field === 'name') {
        if (next !== null) patch.name = next;
      } else {
        patch[field] = next;
      }
    }
  }
  if (values.nature && values.nature !== before.nature) patch.nature = values.nature;
  return patch;
}

function toCreate(values: CustomerFormValues): CustomerCreate {
  const body: CustomerCreate = { kind: values.kind, name: values.name?.trim() ?? '' };
  if (values.nature) body.nature = values.nature;
  for (const field of TEXT_FIELDS) {
    if (field === 'name' || (field === 'creditCode' && values.kind !== 'ORGANIZATION')) continue;
    const value = blankToNull(values[field]);
    if (value !== null) body[field] = value;
  }
  return body;
}

type Props =
  | { mode: 'create'; onSaved: (saved: VersionedCustomer) => void; onCancel: () => void }
  | {
      mode: 'edit';
      /** The archive as read when the form opened; its ETag guards the save. */
      initial: VersionedCustomer;
      /** Reads the archive again (after a 412). */
      onReload: () => Promise<VersionedCustomer>;
      onSaved: (saved: VersionedCustomer) => void;
      onCancel: () => void;
    };

export function CustomerForm(props: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CustomerFormValues>();
  // The version being edited is pinned: a background refresh must never swap the ETag
  // under the user's feet, or a stale save would silently overwrite someone else's change.
  const [base, setBase] = useState(props.mode === 'edit' ? props.initial : undefined);
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState<string>();
  const [reloading, setReloading] = useState(false);
  const create = useCreateCustomer();
  const update = useUpdateCustomer();
  const kind = Form.useWatch('kind', form) ?? base?.customer.kind ?? 'ORGANIZATION';
  const saving = create.isPending || update.isPending;

  const showError = (err: unknown) => {
    const fields = fieldProblems(err, t, FORM_FIELDS);
    if (fields.length > 0) form.setFields(fields);
    setError(err);
  };

  const onFinish = async (values: CustomerFormValues) => {
    setError(undefined);
    setNotice(undefined);
    try {
      if (props.mode === 'create') {
        props.onSaved(await create.mutateAsync(toCreate(values)));
      } else if (base) {
        const patch = diffCustomer(base.customer, values);
        if (Object.keys(patch).length === 0) {
          setNotice(t('customer.form.noChanges'));
          return;
        }
        props.onSaved(await update.mutateAsync({ id: base.customer.id, etag: base.etag, patch }));
      }
    } catch (err) {
      showError(err);
    }
  };

  const reload = async () => {
    if (props.mode !== 'edit') return;
    setReloading(true);
    try {
      const fresh = await props.onReload();
      setBase(fresh);
      form.resetFields();
      form.setFieldsValue(toFormValues(fresh.customer));
      setError(undefined);
    } catch (err) {
      setError(err);
    } finally {
      setReloading(false);
    }
  };

  const errorBanner = (() => {
    if (!error) return null;
    if (isProblem(error, 412)) {
      return (
        <Alert
          type="warning"
          showIcon
          role="alert"
          data-testid="conflict-alert"
          title={t('customer.form.conflictTitle')}
          description={t('customer.form.conflict')}
          action={
            <Button type="primary" loading={reloading} onClick={() => void reload()}>
              {t('common.reload')}
            </Button>
          }
        />
      );
    }
    if (isProblem(error, 400) && fieldProblems(error, t, FORM_FIELDS).length > 0) {
      return <Alert type="error" showIcon role="alert" title={t('customer.form.invalid')} />;
    }
    return <ProblemAlert error={error} />;
  })();

  const natureOptions = CUSTOMER_NATURES.map((value) => ({
    value,
    label: t(`customer.nature.${value}`),
  }));

  return (
    <Card
      title={t(props.mode === 'create' ? 'customer.form.createTitle' : 'customer.form.editTitle')}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {errorBanner}
        {notice ? <Alert type="info" showIcon title={notice} /> : null}
        <Form<CustomerFormValues>
          form={form}
          name="customer"
          layout="vertical"
          initialValues={toFormValues(base?.customer)}
          onFinish={(values) => void onFinish(values)}
          onValuesChange={() => setNotice(undefined)}
          disabled={saving}
        >
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="kind"
                label={t('customer.fields.kind')}
                rules={[{ required: true, message: t('customer.form.kindRequired') }]}
              >
                <Radio.Group
                  disabled={props.mode === 'edit'}
                  options={CUSTOMER_KINDS.map((value) => ({
                    value,
                    label: t(`customer.kind.${value}`),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="nature" label={t('customer.fields.nature')}>
                <Select
                  allowClear={props.mode === 'create' || !base?.customer.nature}
                  options={natureOptions}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="name"
                label={t('customer.fields.name')}
                rules={[
                  { required: true, whitespace: true, message: t('customer.form.nameRequired') },
                ]}
              >
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="shortName" label={t('customer.fields.shortName')}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            {kind === 'ORGANIZATION' ? (
              <Col xs={24} md={12}>
                <Form.Item
                  name="creditCode"
                  label={t('customer.fields.creditCode')}
                  normalize={(v?: string) => v?.toUpperCase()}
                  rules={[{ len: 18, message: t('customer.form.creditCodeLength') }]}
                >
                  <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
                </Form.Item>
              </Col>
            ) : null}
            <Col xs={24} md={12}>
              <Form.Item name="industry" label={t('customer.fields.industry')}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="region" label={t('customer.fields.region')}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="phone" label={t('customer.fields.phone')}>
                <Input maxLength={40} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="email"
                label={t('customer.fields.email')}
                rules={[{ type: 'email', message: t('customer.form.emailInvalid') }]}
              >
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="address" label={t('customer.fields.address')}>
                <Input maxLength={300} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="notes" label={t('customer.fields.notes')}>
                <Input.TextArea rows={3} maxLength={4000} />
              </Form.Item>
            </Col>
          </Row>
          <Space>
            <Button type="primary" htmlType="submit" loading={saving}>
              {t('common.save')}
            </Button>
            <Button onClick={props.onCancel}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      </Space>
    </Card>
  );
}
