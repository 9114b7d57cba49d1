import { Card, DatePicker, Flex, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '@/components/filter-select';
import { ProblemAlert } from '@/components/problem-alert';
import { dateRangeParams, isUuid, type DateRange } from '@/lib/date-range';
import { useCursorStack } from '@/lib/use-cursor-stack';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { useAccessLog } from '../api/list-access-log';
import { ACCESS_VIEWS, type AccessLogParams } from '../api/types';
import { AccessLogTable } from './access-log-table';

export const PAGE_SIZE = 20;

type Filters = { customerId: string; userId: string; view?: string; range: DateRange };

const INITIAL_FILTERS: Filters = { customerId: '', userId: '', range: null };

/** The whole access log (auditors and general managers). */
export function AccessLogList() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Filters>(INITIAL_FILTERS);
  const customerId = useDebouncedValue(filters.customerId.trim(), 300);
  const userId = useDebouncedValue(filters.userId.trim(), 300);
  const customerIdInvalid = customerId !== '' && !isUuid(customerId);

  const query: Omit<AccessLogParams, 'limit' | 'cursor'> = {
    customerId: customerIdInvalid ? undefined : customerId,
    userId,
    view: filters.view,
    ...dateRangeParams(filters.range),
  };
  const paging = useCursorStack(JSON.stringify(query));
  const { data, error, isFetching } = useAccessLog({
    ...query,
    limit: PAGE_SIZE,
    cursor: paging.cursor,
  });

  const setFilter = <K extends keyof Filters>(key: K, value: Filters[K]) =>
    setFilters((f) => ({ ...f, [key]: value }));

  return (
    <Card title={t('accessLog.title')}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Flex wrap gap="small">
          <Input
            allowClear
            style={{ width: 320 }}
            placeholder={t('accessLog.fields.customerId')}
            aria-label={t('accessLog.fields.customerId')}
            maxLength={36}
            status={customerIdInvalid ? 'error' : undefined}
            value={filters.customerId}
            onChange={(e) => setFilter('customerId', e.target.value)}
          />
          <Input
            allowClear
            style={{ width: 320 }}
            placeholder={t('accessLog.fields.userId')}
            aria-label={t('accessLog.fields.userId')}
            maxLength={64}
            value={filters.userId}
            onChange={(e) => setFilter('userId', e.target.value)}
          />
          <FilterSelect
            label={t('accessLog.fields.view')}
            values={ACCESS_VIEWS}
            labelPrefix="accessLog.views"
            value={filters.view}
            onChange={(v) => setFilter('view', v)}
            width={160}
          />
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            aria-label={t('filters.dateRange')}
            placeholder={[t('filters.from'), t('filters.to')]}
            value={filters.range}
            onChange={(range) => setFilter('range', range)}
          />
        </Flex>
        {customerIdInvalid ? (
          <Typography.Text type="danger">{t('filters.invalidId')}</Typography.Text>
        ) : null}
        {error ? <ProblemAlert error={error} /> : null}
        <AccessLogTable
          items={data?.items ?? []}
          nextCursor={data?.nextCursor}
          loading={isFetching}
          paging={paging}
          onNext={paging.next}
        />
      </Space>
    </Card>
  );
}
