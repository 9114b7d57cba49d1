import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Drawer,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Switch,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem } from '@/api/problem-error';
import { ProblemAlert } from '@/components/problem-alert';
import {
  PROFILE_FIELD_TYPES,
  type ProfileTemplate,
  type ProfileTemplateField,
} from '@/lib/profile-templates';
import {
  useSaveProfileTemplate,
  type ProfileTemplateCreate,
  type ProfileTemplatePatch,
} from '../api/save-template';

type FieldRow = Partial<ProfileTemplateField> & { existing?: boolean };
type Values = {
  name?: string;
  nameEn?: string;
  description?: string;
  customerKind?: 'ORGANIZATION' | 'INDIVIDUAL' | 'ANY';
  businessLine?: string;
  active?: boolean;
  fields?: FieldRow[];
};

const CHOICE = new Set(['SINGLE_CHOICE', 'MULTI_CHOICE']);

function toValues(template?: ProfileTemplate): Values {
  if (!template) return { customerKind: 'ANY', active: true, fields: [] };
  return {
    name: template.name,
    nameEn: template.nameEn,
    description: template.description ?? '',
    customerKind: template.customerKind ?? 'ANY',
    businessLine: template.businessLine ?? '',
    active: template.active,
    fields: template.fields.map((f) => ({ ...f, existing: true })),
  };
}

const trimmed = (v?: string) => (v && v.trim() ? v.trim() : null);

/** The fields as the contract wants them; options only for choice fields. */
export function fieldsOf(values: Values): ProfileTemplateField[] {
  return (values.fields ?? []).map((row, index) => ({
    key: (row.key ?? '').trim(),
    labelZh: (row.labelZh ?? '').trim(),
    labelEn: (row.labelEn ?? '').trim(),
    type: row.type ?? 'TEXT',
    options: CHOICE.has(row.type ?? '')
      ? (row.options ?? []).map((o) => ({
          value: (o?.value ?? '').trim(),
          labelZh: (o?.labelZh ?? '').trim(),
          labelEn: (o?.labelEn ?? '').trim(),
        }))
      : [],
    required: row.required ?? false,
    order: row.order ?? (index + 1) * 10,
  }));
}

export function toCreateBody(values: Values): ProfileTemplateCreate {
  const body: ProfileTemplateCreate = {
    name: (values.name ?? '').trim(),
    nameEn: (values.nameEn ?? '').trim(),
    active: values.active ?? true,
    fields: fieldsOf(values),
  };
  if (trimmed(values.description)) body.description = trimmed(values.description)!;
  if (trimmed(values.businessLine)) body.businessLine = trimmed(values.businessLine)!;
  if (values.customerKind && values.customerKind !== 'ANY') body.customerKind = values.customerKind;
  return body;
}

export function toPatch(before: ProfileTemplate, values: Values): ProfileTemplatePatch {
  const patch: ProfileTemplatePatch = {};
  const name = trimmed(values.name);
  if (name && name !== before.name) patch.name = name;
  const nameEn = trimmed(values.nameEn);
  if (nameEn && nameEn !== before.nameEn) patch.nameEn = nameEn;
  if (trimmed(values.description) !== (before.description ?? null))
    patch.description = trimmed(values.description);
  if (trimmed(values.businessLine) !== (before.businessLine ?? null))
    patch.businessLine = trimmed(values.businessLine);
  const kind = values.customerKind === 'ANY' ? null : (values.customerKind ?? null);
  if (kind !== (before.customerKind ?? null)) patch.customerKind = kind;
  if ((values.active ?? true) !== before.active) patch.active = values.active ?? true;
  const fields = fieldsOf(values);
  // Both sides in the same shape and key order before comparing.
  if (JSON.stringify(fields) !== JSON.stringify(fieldsOf({ fields: before.fields })))
    patch.fields = fields;
  return patch;
}

/**
 * `fields[1].options[0].value` → ['fields', 1, 'options', 0, 'value']; an error on a whole
 * option list is shown at the field's type, which decides whether options are needed.
 */
export function namePath(field: string): (string | number)[] {
  const path = field.split('.').flatMap((segment) =>
    segment
      .split(/[[\]]/)
      .filter(Boolean)
      .map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
  );
  return path[path.length - 1] === 'options' ? [...path.slice(0, -1), 'type'] : path;
}

type Props = {
  open: boolean;
  /** The template as read with its ETag; absent for a new one. */
  editing?: { template: ProfileTemplate; etag: string };
  onClose: () => void;
  onSaved: (template: ProfileTemplate) => void;
};

/** Create or edit a profile template and its typed fields (administrators). */
export function TemplateForm({ open, editing, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useSaveProfileTemplate();
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState<string>();

  const onFinish = async (values: Values) => {
    setError(undefined);
    setNotice(undefined);
    try {
      if (editing) {
        const patch = toPatch(editing.template, values);
        if (Object.keys(patch).length === 0) {
          setNotice(t('profiles.templates.noChanges'));
          return;
        }
        onSaved(
          (
            await save.mutateAsync({
              mode: 'edit',
              id: editing.template.id,
              etag: editing.etag,
              patch,
            })
          ).template,
        );
      } else {
        onSaved((await save.mutateAsync({ mode: 'create', body: toCreateBody(values) })).template);
      }
    } catch (err) {
      setError(err);
      if (isProblem(err, 400)) {
        form.setFields(
          err.errors.map((e) => ({
            name: namePath(e.field),
            errors: [
              e.code ? t(`profiles.fieldErrors.${e.code}`, { defaultValue: e.message }) : e.message,
            ],
          })) as Parameters<typeof form.setFields>[0],
        );
      }
    }
  };

  const kinds = ['ANY', 'ORGANIZATION', 'INDIVIDUAL'].map((value) => ({
    value,
    label: t(`profiles.enums.customerKind.${value}`),
  }));
  const types = PROFILE_FIELD_TYPES.map((value) => ({
    value,
    label: t(`profiles.enums.fieldType.${value}`),
  }));

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size="large"
      destroyOnHidden
      title={t(editing ? 'profiles.templates.editTemplate' : 'profiles.templates.newTemplate')}
      extra={
        <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
          {t('common.save')}
        </Button>
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        {error ? (
          isProblem(error, 400) ? (
            <Alert type="error" showIcon role="alert" title={t('profiles.templates.invalid')} />
          ) : (
            <ProblemAlert error={error} />
          )
        ) : null}
        {notice ? <Alert type="info" showIcon title={notice} /> : null}
        <Form<Values>
          form={form}
          layout="vertical"
          name="profile-template"
          initialValues={toValues(editing?.template)}
          onFinish={(values) => void onFinish(values)}
          disabled={save.isPending}
        >
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="name"
                label={t('profiles.templates.name')}
                rules={[{ required: true, whitespace: true }]}
              >
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="nameEn"
                label={t('profiles.templates.nameEn')}
                rules={[{ required: true, whitespace: true }]}
              >
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="customerKind" label={t('profiles.templates.customerKind')}>
                <Select options={kinds} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="businessLine" label={t('profiles.templates.businessLine')}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="active"
                label={t('profiles.templates.active')}
                valuePropName="checked"
              >
                <Switch />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="description" label={t('profiles.templates.description')}>
                <Input.TextArea rows={2} maxLength={1000} />
              </Form.Item>
            </Col>
          </Row>
          <Form.List name="fields">
            {(rows, { add, remove }) => (
              <Space orientation="vertical" style={{ width: '100%' }}>
                {rows.map((row, index) => (
                  <FieldCard
                    key={row.key}
                    name={row.name}
                    index={index}
                    types={types}
                    onRemove={() => remove(row.name)}
                  />
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() =>
                    add({
                      type: 'TEXT',
                      required: false,
                      order: (rows.length + 1) * 10,
                      options: [],
                    })
                  }
                >
                  {t('profiles.templates.addField')}
                </Button>
              </Space>
            )}
          </Form.List>
        </Form>
      </Space>
    </Drawer>
  );
}

function FieldCard({
  name,
  index,
  types,
  onRemove,
}: {
  name: number;
  index: number;
  types: { value: string; label: string }[];
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<Values>();
  const type = Form.useWatch(['fields', name, 'type'], form);
  // Not an input: kept in the values from the template read, hence `preserve`.
  const existing = Form.useWatch(['fields', name, 'existing'], { form, preserve: true }) as
    boolean | undefined;
  return (
    <Card
      size="small"
      title={`${t('profiles.templates.fields')} ${index + 1}`}
      data-testid={`template-field-${index}`}
      extra={
        <Button size="small" danger icon={<MinusCircleOutlined />} onClick={onRemove}>
          {t('profiles.templates.remove')}
        </Button>
      }
    >
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item
            name={[name, 'key']}
            label={t('profiles.templates.key')}
            tooltip={t('profiles.templates.keyHint')}
            rules={[{ required: true, pattern: /^[a-z][A-Za-z0-9]{0,39}$/ }]}
          >
            <Input disabled={existing} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name={[name, 'labelZh']}
            label={t('profiles.templates.labelZh')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name={[name, 'labelEn']}
            label={t('profiles.templates.labelEn')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={[name, 'type']} label={t('profiles.templates.type')}>
            <Select options={types} disabled={existing} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name={[name, 'order']} label={t('profiles.templates.order')}>
            <InputNumber min={0} max={1000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item
            name={[name, 'required']}
            label={t('profiles.templates.required')}
            valuePropName="checked"
          >
            <Switch />
          </Form.Item>
        </Col>
      </Row>
      {CHOICE.has(type ?? '') ? (
        <Form.Item label={t('profiles.templates.options')} required>
          <Form.List name={[name, 'options']}>
            {(options, { add, remove }) => (
              <Space orientation="vertical" style={{ width: '100%' }}>
                {options.map((option) => (
                  <Space key={option.key} align="baseline" wrap>
                    <Form.Item
                      name={[option.name, 'value']}
                      rules={[{ required: true, pattern: /^[A-Za-z0-9_.+<>-]{1,40}$/ }]}
                    >
                      <Input
                        aria-label={t('profiles.templates.optionValue')}
                        placeholder={t('profiles.templates.optionValue')}
                      />
                    </Form.Item>
                    <Form.Item name={[option.name, 'labelZh']} rules={[{ required: true }]}>
                      <Input
                        aria-label={t('profiles.templates.labelZh')}
                        placeholder={t('profiles.templates.labelZh')}
                      />
                    </Form.Item>
                    <Form.Item name={[option.name, 'labelEn']} rules={[{ required: true }]}>
                      <Input
                        aria-label={t('profiles.templates.labelEn')}
                        placeholder={t('profiles.templates.labelEn')}
                      />
                    </Form.Item>
                    <MinusCircleOutlined
                      aria-label={t('profiles.templates.remove')}
                      onClick={() => remove(option.name)}
                    />
                  </Space>
                ))}
                <Button size="small" icon={<PlusOutlined />} onClick={() => add({})}>
                  {t('profiles.templates.addOption')}
                </Button>
              </Space>
            )}
          </Form.List>
        </Form.Item>
      ) : null}
    </Card>
  );
}
