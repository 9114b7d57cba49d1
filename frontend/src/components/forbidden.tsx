import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OperationId } from '@/lib/me';
import { useCan } from '@/lib/permissions';

/** What a page shows to a caller whose role may not call its operation. */
export function Forbidden() {
  const { t } = useTranslation();
  return (
    <Result
      status="403"
      title={t('forbidden.title')}
      subTitle={t('forbidden.subTitle')}
      extra={
        <Link to="/">
          <Button type="primary">{t('forbidden.home')}</Button>
        </Link>
      }
    />
  );
}

/**
 * Renders the page only when /me lists the operation it is built on; otherwise a 403 result
 * (typed-in or bookmarked addresses never reach a request the server would refuse).
 */
export function RequirePermission({
  operation,
  children,
}: {
  operation: OperationId;
  children: ReactNode;
}) {
  return useCan(operation) ? children : <Forbidden />;
}
