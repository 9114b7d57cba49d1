import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';
import type { Customer } from '../api/types';

/** On an archive merged into another one: where its records went. */
export function MergedNotice({ customer }: { customer: Customer }) {
  const { t, i18n } = useTranslation();
  if (!customer.mergedInto) return null;
  return (
    <Alert
      type="info"
      showIcon
      data-testid="merged-notice"
      title={t('merge.notice.title')}
      description={
        <span>
          {t('merge.notice.body', {
            at: formatDateTime(customer.mergedAt, i18n.language),
          })}{' '}
          <Link to={paths.customer(customer.mergedInto)}>{t('merge.notice.open')}</Link>
        </span>
      }
    />
  );
}
