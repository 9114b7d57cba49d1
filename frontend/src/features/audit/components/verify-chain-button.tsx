import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useVerifyAuditChain } from '../api/verify-audit-chain';

/** Asks the server to recompute the hash chain and shows whether it is intact. */
export function VerifyChainButton() {
  const { t, i18n } = useTranslation();
  const verify = useVerifyAuditChain();
  const result = verify.data;

  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      <Button
        icon={<SafetyCertificateOutlined />}
        loading={verify.isPending}
        onClick={() => verify.mutate()}
      >
        {t('audit.verify.button')}
      </Button>
      {verify.error ? <ProblemAlert error={verify.error} /> : null}
      {result && !verify.isPending ? (
        result.valid ? (
          <Alert
            type="success"
            showIcon
            data-testid="verify-result"
            title={t('audit.verify.valid', {
              checked: formatNumber(result.checked, i18n.language),
            })}
          />
        ) : (
          <Alert
            type="error"
            showIcon
            data-testid="verify-result"
            title={t('audit.verify.broken', {
              id: result.firstBrokenId ?? '?',
              at: formatDateTime(result.firstBrokenAt, i18n.language) || '?',
              checked: formatNumber(result.checked, i18n.language),
            })}
          />
        )
      ) : null}
    </Space>
  );
}
