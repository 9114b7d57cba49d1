import { Alert, Flex, Progress, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCompleteness } from '../api/list-documents';

/** How complete the customer's file is (一份档案不得缺页), and what is still missing. */
export function CompletenessBar({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const { data } = useCompleteness(customerId);
  if (!data) return null;
  const complete = data.missing.length === 0;
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      <Flex align="center" gap="middle">
        <Typography.Text strong>{t('document.completeness.title')}</Typography.Text>
        <Progress
          percent={data.percentage}
          status={complete ? 'success' : 'active'}
          aria-label={t('document.completeness.title')}
          style={{ flex: 1, maxWidth: 360, margin: 0 }}
        />
        <Typography.Text type="secondary">
          {t('document.completeness.count', {
            present: data.present.length,
            required: data.required.length,
          })}
        </Typography.Text>
      </Flex>
      {complete ? null : (
        <Alert
          type="warning"
          showIcon
          title={t('document.completeness.missing')}
          description={
            <Space size={[4, 4]} wrap data-testid="missing-documents">
              {data.missing.map((type) => (
                <Tag key={type} color={data.expired.includes(type) ? 'red' : 'orange'}>
                  {t(`document.type.${type}`)}
                  {data.expired.includes(type) ? ` (${t('document.expired')})` : ''}
                </Tag>
              ))}
            </Space>
          }
        />
      )}
    </Space>
  );
}
