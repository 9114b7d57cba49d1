import { LockOutlined } from '@ant-design/icons';
import { Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/** A sensitive value as the server masked it for the caller's role, marked with a lock. */
export function MaskedValue({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('masking.maskedForRole')}>
      <Space size={4} data-testid="masked-value">
        <LockOutlined aria-label={t('masking.maskedForRole')} />
        <span>{text}</span>
      </Space>
    </Tooltip>
  );
}
