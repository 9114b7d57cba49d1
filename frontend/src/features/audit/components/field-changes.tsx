import { ArrowRightOutlined } from '@ant-design/icons';
import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../api/types';

/** The changed fields of one event, old → new. Values are stored text and shown as text only. */
export function FieldChanges({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  // Field labels come from the screens that edit them; unknown fields keep their API name.
  const labelPrefix = event.entityType === 'CONTACT' ? 'contact.fields' : 'customer.fields';
  const value = (v?: string | null) =>
    v === undefined || v === null || v === '' ? (
      <Typography.Text type="secondary">{t('audit.emptyValue')}</Typography.Text>
    ) : (
      <Typography.Text>{v}</Typography.Text>
    );

  if (event.changes.length === 0) {
    return <Typography.Text type="secondary">{t('audit.noChanges')}</Typography.Text>;
  }
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      title={t('audit.fields.changes')}
      data-testid={`changes-${event.id}`}
      items={event.changes.map((change, i) => ({
        key: `${change.field}-${i}`,
        label: (
          <span title={change.field}>
            {t(`${labelPrefix}.${change.field}`, { defaultValue: change.field })}
          </span>
        ),
        children: (
          <span data-testid="field-change">
            {value(change.old)} <ArrowRightOutlined aria-label="→" /> {value(change.new)}
          </span>
        ),
      }))}
    />
  );
}
