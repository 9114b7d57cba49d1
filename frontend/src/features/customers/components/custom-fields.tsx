import { Card, Col, DatePicker, Descriptions, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  localLabel,
  templateName,
  type ProfileTemplate,
  type ProfileTemplateField,
} from '@/lib/profile-templates';

/** The input of one template field, named customFields.<key>. */
export function CustomFieldInput({ field }: { field: ProfileTemplateField }) {
  const { t, i18n } = useTranslation();
  const label = localLabel(field, i18n.language);
  const options = (field.options ?? []).map((o) => ({
    value: o.value,
    label: localLabel(o, i18n.language),
  }));
  const rules = field.required
    ? [{ required: true, message: t('profiles.form.customRequired', { label }) }]
    : [];
  const control = (() => {
    switch (field.type) {
      case 'NUMBER':
        return <InputNumber style={{ width: '100%' }} />;
      case 'DATE':
        return <DatePicker style={{ width: '100%' }} />;
      case 'SINGLE_CHOICE':
        return <Select allowClear options={options} />;
      case 'MULTI_CHOICE':
        return <Select mode="multiple" allowClear options={options} />;
      default:
        return <Input maxLength={2000} />;
    }
  })();
  return (
    <Form.Item
      name={['customFields', field.key]}
      label={label}
      rules={rules}
      data-testid={`custom-${field.key}`}
    >
      {control}
    </Form.Item>
  );
}

/** The applied templates' fields, one card per template. */
export function CustomFieldsInputs({
  templates,
  ids,
}: {
  templates: ProfileTemplate[];
  ids: string[];
}) {
  const { i18n } = useTranslation();
  const seen = new Set<string>();
  return (
    <>
      {ids.map((id) => {
        const template = templates.find((t) => t.id === id);
        if (!template) return null;
        const fields = template.fields.filter((f) => !seen.has(f.key));
        fields.forEach((f) => seen.add(f.key));
        return (
          <Card
            key={id}
            size="small"
            type="inner"
            title={templateName(template, i18n.language)}
            style={{ marginBottom: 16 }}
          >
            <Row gutter={16}>
              {fields.map((field) => (
                <Col key={field.key} xs={24} md={12}>
                  <CustomFieldInput field={field} />
                </Col>
              ))}
            </Row>
          </Card>
        );
      })}
    </>
  );
}

/** A stored custom value in words: option labels, dates, numbers. */
export function customValueText(
  field: ProfileTemplateField,
  value: unknown,
  language: string,
): string {
  if (value === undefined || value === null || value === '') return '—';
  const option = (v: unknown) => {
    const found = field.options?.find((o) => o.value === v);
    return found ? localLabel(found, language) : String(v);
  };
  if (field.type === 'MULTI_CHOICE' && Array.isArray(value))
    return value.length ? value.map(option).join('、') : '—';
  if (field.type === 'SINGLE_CHOICE') return option(value);
  if (field.type === 'DATE') return dayjs(String(value)).format('YYYY-MM-DD');
  if (field.type === 'NUMBER' && typeof value === 'number')
    return new Intl.NumberFormat(language).format(value);
  return String(value);
}

/** The applied templates and their values, for the detail page. */
export function CustomFieldsView({
  templates,
  ids,
  values,
}: {
  templates: ProfileTemplate[];
  ids: string[];
  values: Record<string, unknown>;
}) {
  const { i18n } = useTranslation();
  return (
    <>
      {ids.map((id) => {
        const template = templates.find((t) => t.id === id);
        if (!template) return null;
        return (
          <Descriptions
            key={id}
            bordered
            size="small"
            column={{ xs: 1, md: 2 }}
            title={templateName(template, i18n.language)}
            data-testid={`template-values-${id}`}
            items={template.fields.map((field) => ({
              key: field.key,
              label: localLabel(field, i18n.language),
              children: customValueText(field, values[field.key], i18n.language),
            }))}
          />
        );
      })}
    </>
  );
}
