import { Alert, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { isProblem } from '@/api/problem-error';
import { ProblemAlert } from '@/components/problem-alert';
import { useCursorStack } from '@/lib/use-cursor-stack';
import { useCustomerAccessLog } from '../api/list-customer-access-log';
import { AccessLogTable } from './access-log-table';

export const PANEL_PAGE_SIZE = 20;

/**
 * Who consulted this customer. Render it only for callers with listCustomerAccessLog; a
 * supervisor outside the customer's team scope still gets 404, shown as a plain notice.
 */
export function CustomerAccessLogPanel({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const paging = useCursorStack(customerId);
  const { data, error, isFetching } = useCustomerAccessLog(customerId, {
    limit: PANEL_PAGE_SIZE,
    cursor: paging.cursor,
  });

  return (
    <Card title={t('accessLog.customerTitle')} data-testid="customer-access-log">
      {isProblem(error, 404) ? (
        <Alert type="info" showIcon title={t('accessLog.outOfScope')} />
      ) : error ? (
        <ProblemAlert error={error} />
      ) : (
        <AccessLogTable
          items={data?.items ?? []}
          nextCursor={data?.nextCursor}
          loading={isFetching}
          paging={paging}
          onNext={paging.next}
          showCustomer={false}
        />
      )}
    </Card>
  );
}
