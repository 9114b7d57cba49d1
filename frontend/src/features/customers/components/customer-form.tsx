import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Divider,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Typography,
} from 'antd';
import type { TFunction } from 'i18next';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem } from '@/api/problem-error';
import { ProblemAlert } from '@/components/problem-alert';
import { templateName, type ProfileTemplate } from '@/lib/profile-templates';
import { useCreateCustomer } from '../api/create-customer';
import { CUSTOMER_KINDS, type CustomerKind, type VersionedCustomer } from '../api/types';
import { useUpdateCustomer } from '../api/update-customer';
import { CustomFieldsInputs } from './custom-fields';
import { CURRENCIES, sectionsFor, type ProfileFieldDef } from './profile-fields';
import {
  appliedFields,
  diffCustomer,
  namePathOf,
  toCreate,
  toFormValues,
  type CustomerFormValues,
} from './profile-values';

export { diffCustomer, type CustomerFormValues } from './profile-values';

type Props = (
  | { mode: 'create'; onSaved: (saved: VersionedCustomer) => void; onCancel: () => void }
  | {
      mode: 'edit';
      /** The archive as read when the form opened; its ETag guards the save. */
      initial: VersionedCustomer;
      /** Reads the archive again (after a 412). */
      onReload: () => Promise<VersionedCustomer>;
      onSaved: (saved: VersionedCustomer) => void;
      onCancel: () => void;
    }
) & {
  /** Profile templates (GET /profile-templates); their fields are rendered when applied. */
  templates?: ProfileTemplate[];
  /** Called with all values on every change (e.g. to look up likely duplicates). */
  onValuesChange?: (values: Partial<CustomerFormValues>) => void;
  /** Shown above the form (e.g. likely duplicates). */
  extra?: ReactNode;
};

type ServerError = { field: string; code?: string; message: string };

/** A server field error in the user's language. */
export function fieldErrorText(e: ServerError, t: TFunction): string {
  if (!e.code) return e.message;
  const generic = e.code.includes('.') ? e.code.slice(e.code.indexOf('.') + 1) : e.code;
  return t(`profiles.fieldErrors.${e.code}`, {
    defaultValue: t(`fieldErrors.${e.code}`, {
      defaultValue: t(`profiles.fieldErrors.${generic}`, { defaultValue: e.message }),
    }),
  });
}

/** The control of a field; Form.Item passes id, value and onChange through `control`. */
function FieldInput({ def, ...control }: { def: ProfileFieldDef } & Record<string, unknown>) {
  const { t } = useTranslation();
  switch (def.input) {
    case 'textarea':
      return <Input.TextArea rows={2} maxLength={def.max} {...control} />;
    case 'date':
      return <DatePicker style={{ width: '100%' }} {...control} />;
    case 'decimal':
      return <InputNumber min={0} step={0.1} style={{ width: '100%' }} {...control} />;
    case 'integer':
      return <InputNumber min={0} precision={0} style={{ width: '100%' }} {...control} />;
    case 'enum':
      return (
        <Select
          allowClear
          options={(def.values ?? []).map((value) => ({
            value,
            label: t(`profiles.enums.${def.name}.${value}`),
          }))}
          {...control}
        />
      );
    default:
      return (
        <Input
          maxLength={def.max}
          style={def.name === 'creditCode' ? { fontFamily: 'monospace' } : undefined}
          {...control}
        />
      );
  }
}

function ProfileField({ def }: { def: ProfileFieldDef }) {
  const { t } = useTranslation();
  const label = t(`profiles.fields.${def.name}`);
  if (def.input === 'money') {
    return (
      <Form.Item label={label} required={false}>
        <Space.Compact style={{ width: '100%' }}>
          <Form.Item
            name={[def.name, 'amount']}
            noStyle
            rules={[{ pattern: /^\d{1,16}(\.\d{1,2})?$/, message: t('profiles.form.amount') }]}
          >
            <Input aria-label={label} placeholder="0.00" style={{ width: '70%' }} />
          </Form.Item>
          <Form.Item name={[def.name, 'currency']} noStyle>
            <Select
              aria-label={t('profiles.form.currency')}
              style={{ width: '30%' }}
              options={CURRENCIES.map((c) => ({ value: c, label: c }))}
            />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
    );
  }
  if (def.input === 'greetingDates') {
    return (
      <Form.Item label={label}>
        <Form.List name="greetingDates">
          {(rows, { add, remove }) => (
            <Space orientation="vertical" style={{ width: '100%' }}>
              {rows.map((row) => (
                <Space key={row.key} align="baseline" wrap>
                  <Form.Item
                    name={[row.name, 'label']}
                    rules={[{ required: true, message: t('profiles.form.greetingLabel') }]}
                  >
                    <Input
                      aria-label={t('profiles.form.greetingLabel')}
                      placeholder={t('profiles.form.greetingLabelHint')}
                      maxLength={50}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[row.name, 'date']}
                    rules={[{ required: true, message: t('profiles.form.greetingDate') }]}
                  >
                    <DatePicker aria-label={t('profiles.form.greetingDate')} />
                  </Form.Item>
                  <MinusCircleOutlined
                    aria-label={t('profiles.form.removeGreeting')}
                    onClick={() => remove(row.name)}
                  />
                </Space>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ label: '', date: null })}
                disabled={rows.length >= 20}
              >
                {t('profiles.form.addGreeting')}
              </Button>
            </Space>
          )}
        </Form.List>
      </Form.Item>
    );
  }
  const rules = [];
  if (def.name === 'name')
    rules.push({ required: true, whitespace: true, message: t('customer.form.nameRequired') });
  if (def.name === 'creditCode')
    rules.push({ len: 18, message: t('customer.form.creditCodeLength') });
  if (def.name === 'email')
    rules.push({ type: 'email' as const, message: t('customer.form.emailInvalid') });
  if (def.name === 'postcode')
    rules.push({ pattern: /^\d{6}$/, message: t('profiles.form.postcode') });
  return (
    <Form.Item
      name={def.name}
      label={label}
      rules={rules}
      normalize={def.name === 'creditCode' ? (v?: string) => v?.toUpperCase() : undefined}
      extra={def.sensitive ? t('profiles.form.sensitive') : undefined}
    >
      <FieldInput def={def} />
    </Form.Item>
  );
}

export function CustomerForm(props: Props) {
  const { t, i18n } = useTranslation();
  const templates = props.templates ?? [];
  const [form] = Form.useForm<CustomerFormValues>();
  // The version being edited is pinned: a background refresh must never swap the ETag
  // under the user's feet, or a stale save would silently overwrite someone else's change.
  const [base, setBase] = useState(props.mode === 'edit' ? props.initial : undefined);
  const [error, setError] = useState<unknown>();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const [notice, setNotice] = useState<string>();
  const [reloading, setReloading] = useState(false);
  const create = useCreateCustomer();
  const update = useUpdateCustomer();
  const kind: CustomerKind = Form.useWatch('kind', form) ?? base?.customer.kind ?? 'ORGANIZATION';
  const templateIds = (Form.useWatch('profileTemplateIds', form) as string[] | undefined) ?? [];
  const greetingCount = ((Form.useWatch('greetingDates', form) as unknown[] | undefined) ?? [])
    .length;
  const saving = create.isPending || update.isPending;
  const sections = sectionsFor(kind);

  const choosable = templates.filter(
    (tpl) =>
      (!tpl.customerKind || tpl.customerKind === kind) &&
      (tpl.active || (base?.customer.profileTemplateIds ?? []).includes(tpl.id)),
  );

  /** Whether the form shows an input for this server field. */
  const shown = (path: (string | number)[]) => {
    const [head, second] = path;
    if (head === 'profileTemplateIds') return true;
    if (head === 'customFields')
      return appliedFields(templates, templateIds).some((f) => f.key === second);
    if (head === 'greetingDates') return typeof second === 'number' && second < greetingCount;
    return sections.some((s) => s.fields.some((f) => f.name === head));
  };

  const showError = (err: unknown) => {
    setError(err);
    if (!isProblem(err, 400)) {
      setUnplaced([]);
      return;
    }
    const byPath = new Map<string, { name: (string | number)[]; errors: string[] }>();
    const elsewhere: string[] = [];
    for (const e of err.errors) {
      const name = namePathOf(e.field.replace(/^(createCustomer\.)?body\./, ''));
      const text = fieldErrorText(e, t);
      if (shown(name)) {
        const key = JSON.stringify(name);
        const entry = byPath.get(key) ?? { name, errors: [] };
        entry.errors.push(text);
        byPath.set(key, entry);
      } else {
        elsewhere.push(`${e.field}: ${text}`);
      }
    }
    form.setFields([...byPath.values()] as Parameters<typeof form.setFields>[0]);
    setUnplaced(elsewhere);
  };

  const onFinish = async (values: CustomerFormValues) => {
    setError(undefined);
    setUnplaced([]);
    setNotice(undefined);
    try {
      if (props.mode === 'create') {
        props.onSaved(await create.mutateAsync(toCreate(values, templates)));
      } else if (base) {
        const patch = diffCustomer(base.customer, values, templates);
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
    if (isProblem(error, 400) && error.errors.length > 0) {
      return (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('customer.form.invalid')}
          description={
            unplaced.length > 0 ? (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {unplaced.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      );
    }
    return <ProblemAlert error={error} />;
  })();

  return (
    <Card
      title={t(props.mode === 'create' ? 'customer.form.createTitle' : 'customer.form.editTitle')}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {errorBanner}
        {notice ? <Alert type="info" showIcon title={notice} /> : null}
        {props.extra}
        <Form<CustomerFormValues>
          form={form}
          name="customer"
          layout="vertical"
          initialValues={toFormValues(base?.customer)}
          onFinish={(values) => void onFinish(values)}
          onValuesChange={(_, all) => {
            setNotice(undefined);
            props.onValuesChange?.(all);
          }}
          disabled={saving}
        >
          <Form.Item
            name="kind"
            label={t('customer.fields.kind')}
            rules={[{ required: true, message: t('customer.form.kindRequired') }]}
          >
            <Radio.Group
              disabled={props.mode === 'edit'}
              onChange={() => form.setFieldValue('profileTemplateIds', [])}
              options={CUSTOMER_KINDS.map((value) => ({
                value,
                label: t(`customer.kind.${value}`),
              }))}
            />
          </Form.Item>
          {sections.map((section) => (
            <section key={section.key} data-testid={`section-${section.key}`}>
              <Divider titlePlacement="start">
                <Typography.Text strong>{t(`profiles.sections.${section.key}`)}</Typography.Text>
              </Divider>
              <Row gutter={16}>
                {section.fields.map((def) => (
                  <Col key={def.name} xs={24} md={def.wide ? 24 : 12}>
                    <ProfileField def={def} />
                  </Col>
                ))}
              </Row>
            </section>
          ))}
          <section data-testid="section-templates">
            <Divider titlePlacement="start">
              <Typography.Text strong>{t('profiles.sections.templates')}</Typography.Text>
            </Divider>
            <Form.Item name="profileTemplateIds" label={t('profiles.fields.profileTemplateIds')}>
              <Select
                mode="multiple"
                allowClear
                placeholder={t('profiles.form.chooseTemplates')}
                options={choosable.map((tpl) => ({
                  value: tpl.id,
                  label: templateName(tpl, i18n.language),
                }))}
              />
            </Form.Item>
            <CustomFieldsInputs templates={templates} ids={templateIds} />
          </section>
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
