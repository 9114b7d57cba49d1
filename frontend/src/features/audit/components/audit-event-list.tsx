import { Card, DatePicker, Flex, Input, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '@/components/filter-select';
import { CursorPager } from '@/components/cursor-pager';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import { paths } from '@/config/paths';
import { dateRangeParams, isUuid, type DateRange } from '@/lib/date-range';
import { formatDateTime } from '@/lib/format';
import { useCan } from '@/lib/permissions';
import { useCursorStack } from '@/lib/use-cursor-stack';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { useAuditEvents } from '../api/list-audit-events';
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES,
  type AuditAction,
  type AuditEntityType,
  type AuditEvent,
  type AuditEventListParams,
} from '../api/types';
import { ActionTag } from './action-tag';
import { FieldChanges } from './field-changes';
import { VerifyChainButton } from './verify-chain-button';

export const PAGE_SIZE = 20;

type Filters = {
  action?: AuditAction;
  entityType?: AuditEntityType;
  customerId: string;
  actorId: string;
  range: DateRange;
};

const INITIAL_FILTERS: Filters = { customerId: '', actorId: '', range: null };

export function AuditEventList() {
  const { t, i18n } = useTranslation();
  const canOpenCustomer = useCan('getCustomer');
  const [filters, setFilters] = useState<Filters>(INITIAL_FILTERS);
  // Typed ids are applied after a pause; a customer id only once it is a whole UUID.
  const customerId = useDebouncedValue(filters.customerId.trim(), 300);
  const actorId = useDebouncedValue(filters.actorId.trim(), 300);
  const customerIdInvalid = customerId !== '' && !isUuid(customerId);

  const query: Omit<AuditEventListParams, 'limit' | 'cursor'> = {
    action: filters.action,
    entityType: filters.entityType,
    customerId: customerIdInvalid ? undefined : customerId,
    actorId,
    ...dateRangeParams(filters.range),
  };
  const paging = useCursorStack(JSON.stringify(query));
  const { data, error, isFetching } = useAuditEvents({
    ...query,
    limit: PAGE_SIZE,
    cursor: paging.cursor,
  });

  const setFilter = <K extends keyof Filters>(key: K, value: Filters[K]) =>
    setFilters((f) => ({ ...f, [key]: value }));

  const columns: ColumnsType<AuditEvent> = useMemo(
    () => [
      {
        title: t('audit.fields.occurredAt'),
        dataIndex: 'occurredAt',
        width: 190,
        render: (value: string) => formatDateTime(value, i18n.language),
      },
      {
        title: t('audit.fields.actor'),
        dataIndex: 'actorUsername',
        render: (name: string | undefined, e) => (
          <span title={e.actorId}>{name ?? e.actorId ?? ''}</span>
        ),
      },
      { title: t('audit.fields.client'), dataIndex: 'clientId' },
      {
        title: t('audit.fields.action'),
        dataIndex: 'action',
        width: 110,
        render: (action: AuditAction) => <ActionTag action={action} />,
      },
      {
        title: t('audit.fields.entityType'),
        dataIndex: 'entityType',
        render: (type: AuditEntityType, e) => (
          <Space orientation="vertical" size={0}>
            <span>
              {t([`audit.entityType.${type}`, `lifecycle.auditEntityType.${type}`], {
                defaultValue: type,
              })}
            </span>
            <Typography.Text type="secondary" copyable style={{ fontSize: 12 }}>
              {e.entityId}
            </Typography.Text>
          </Space>
        ),
      },
      {
        title: t('audit.fields.customer'),
        dataIndex: 'customerId',
        render: (id?: string) =>
          !id ? null : canOpenCustomer ? (
            <Link to={paths.customer(id)} title={id}>
              {id.slice(0, 8)}…
            </Link>
          ) : (
            <Typography.Text copyable={{ text: id }} title={id}>
              {id.slice(0, 8)}…
            </Typography.Text>
          ),
      },
      {
        title: t('audit.fields.traceId'),
        dataIndex: 'traceId',
        render: (traceId?: string) =>
          traceId ? (
            <Typography.Text copyable style={{ fontSize: 12 }}>
              {traceId}
            </Typography.Text>
          ) : null,
      },
    ],
    [t, i18n.language, canOpenCustomer],
  );

  return (
    <Card title={t('audit.title')} extra={<VerifyChainButton />}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Flex wrap gap="small">
          <FilterSelect
            label={t('audit.fields.action')}
            values={AUDIT_ACTIONS}
            labelPrefix="audit.action"
            value={filters.action}
            onChange={(v) => setFilter('action', v)}
          />
          <FilterSelect
            label={t('audit.fields.entityType')}
            values={AUDIT_ENTITY_TYPES}
            labelPrefix="audit.entityType"
            value={filters.entityType}
            onChange={(v) => setFilter('entityType', v)}
            width={150}
          />
          <Input
            allowClear
            style={{ width: 320 }}
            placeholder={t('audit.fields.customerId')}
            aria-label={t('audit.fields.customerId')}
            maxLength={36}
            status={customerIdInvalid ? 'error' : undefined}
            title={customerIdInvalid ? t('filters.invalidId') : undefined}
            value={filters.customerId}
            onChange={(e) => setFilter('customerId', e.target.value)}
          />
          <Input
            allowClear
            style={{ width: 320 }}
            placeholder={t('audit.fields.actorId')}
            aria-label={t('audit.fields.actorId')}
            maxLength={64}
            value={filters.actorId}
            onChange={(e) => setFilter('actorId', e.target.value)}
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
        <Table<AuditEvent>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={isFetching}
          pagination={false}
          locale={{ emptyText: t('common.empty') }}
          expandable={{ expandedRowRender: (event) => <FieldChanges event={event} /> }}
        />
        <CursorPager
          paging={paging}
          nextCursor={data?.nextCursor}
          onNext={paging.next}
          busy={isFetching}
        />
      </Space>
    </Card>
  );
}
