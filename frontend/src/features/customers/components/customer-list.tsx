import { PlusOutlined, QuestionCircleOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select, Space, Table, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '@/components/filter-select';
import { CursorPager } from '@/components/cursor-pager';
import { useNavigate, useSearchParams } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';
import { useCan } from '@/lib/permissions';
import { useCursorStack } from '@/lib/use-cursor-stack';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { useCustomers } from '../api/list-customers';
import {
  CUSTOMER_KINDS,
  CUSTOMER_NATURES,
  CUSTOMER_SORTS,
  CUSTOMER_STATUSES,
  type Customer,
  type CustomerListParams,
  type CustomerSort,
} from '../api/types';
import { ExportCustomersButton } from './export-button';
import { StatusTag } from './status-tag';

export const PAGE_SIZE = 20;

type Filters = Pick<
  CustomerListParams,
  'kind' | 'status' | 'nature' | 'team' | 'industry' | 'region'
> & { sort: CustomerSort };

const DEFAULT_SORT: CustomerSort = '-createdAt';

/** The list's filters as the URL holds them (bookmarkable, and what a saved filter stores). */
function filtersOf(params: URLSearchParams): Filters {
  const filters = Object.fromEntries(
    [...params.entries()].filter(([key, value]) => key !== 'q' && key !== 'cursor' && value),
  ) as Filters;
  return { ...filters, sort: filters.sort ?? DEFAULT_SORT };
}

type Props = {
  /** Shown under a search that found nothing, given the search text (composed in src/app). */
  whenNothingFound?: (search: string) => ReactNode;
  /** Shown beside the search box, e.g. the saved filters (composed in src/app). */
  toolbar?: ReactNode;
};

export function CustomerList({ whenNothingFound, toolbar }: Props = {}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const canCreate = useCan('createCustomer');
  const [urlParams, setUrlParams] = useSearchParams();
  const urlQ = urlParams.get('q') ?? '';
  const filters = useMemo(() => filtersOf(urlParams), [urlParams]);
  const [search, setSearch] = useState(urlQ);
  const q = useDebouncedValue(search.trim(), 300);
  // A new search, filter or sort starts again from the first page.
  const paging = useCursorStack(JSON.stringify({ q: urlQ, ...filters }));

  // The export takes the same filters as the list, without paging.
  const exportParams = {
    ...(Object.fromEntries(
      Object.entries(filters).map(([key, value]) => [key, String(value).trim()]),
    ) as Filters),
    q: urlQ,
  };
  const params: CustomerListParams = { ...exportParams, limit: PAGE_SIZE, cursor: paging.cursor };
  const { data, error, isFetching } = useCustomers(params);

  const setParam = (key: string, value: string | undefined) =>
    setUrlParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const setFilter = <K extends keyof Filters>(key: K, value: Filters[K]) =>
    setParam(key, value === undefined || value === DEFAULT_SORT ? undefined : String(value));

  // The typed text reaches the URL (and the server) after a pause …
  useEffect(() => {
    if (q !== urlQ) setParam('q', q || undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the typed text settles
  }, [q]);
  // … and a URL changed elsewhere (a saved filter, back/forward) shows in the search box.
  const [shownUrlQ, setShownUrlQ] = useState(urlQ);
  if (urlQ !== shownUrlQ) {
    setShownUrlQ(urlQ);
    if (urlQ !== search.trim()) setSearch(urlQ);
  }

  const columns: ColumnsType<Customer> = useMemo(
    () => [
      { title: t('customer.fields.archiveNo'), dataIndex: 'archiveNo', width: 160 },
      { title: t('customer.fields.name'), dataIndex: 'name' },
      {
        title: t('customer.fields.kind'),
        dataIndex: 'kind',
        width: 120,
        render: (kind: Customer['kind']) => t(`customer.kind.${kind}`),
      },
      {
        title: t('customer.fields.status'),
        dataIndex: 'status',
        width: 120,
        render: (status: Customer['status']) => <StatusTag status={status} />,
      },
      {
        title: t('customer.fields.team'),
        dataIndex: 'team',
        width: 140,
        render: (team?: string) => team ?? t('customer.list.unassigned'),
      },
      {
        title: t('customer.fields.updatedAt'),
        dataIndex: 'updatedAt',
        width: 200,
        render: (value: string) => formatDateTime(value, i18n.language),
      },
    ],
    [t, i18n.language],
  );

  return (
    <Card
      title={t('customer.list.title')}
      extra={
        <Space>
          <ExportCustomersButton params={exportParams} />
          {canCreate ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate(paths.newCustomer())}
            >
              {t('customer.list.newCustomer')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Flex gap="small" align="center">
          <Input
            allowClear
            prefix={<SearchOutlined />}
            suffix={
              <Tooltip title={t('customerSearch.help')}>
                <QuestionCircleOutlined aria-label={t('customerSearch.helpLabel')} />
              </Tooltip>
            }
            placeholder={t('customerSearch.placeholder')}
            aria-label={t('common.search')}
            value={search}
            maxLength={100}
            onChange={(e) => setSearch(e.target.value)}
          />
          {toolbar}
        </Flex>
        <Flex wrap gap="small">
          <FilterSelect
            label={t('customer.fields.kind')}
            values={CUSTOMER_KINDS}
            labelPrefix="customer.kind"
            value={filters.kind}
            onChange={(v) => setFilter('kind', v)}
          />
          <FilterSelect
            label={t('customer.fields.status')}
            values={CUSTOMER_STATUSES}
            labelPrefix="customer.status"
            value={filters.status}
            onChange={(v) => setFilter('status', v)}
          />
          <FilterSelect
            label={t('customer.fields.nature')}
            values={CUSTOMER_NATURES}
            labelPrefix="customer.nature"
            value={filters.nature}
            onChange={(v) => setFilter('nature', v)}
            width={180}
          />
          <Input
            allowClear
            style={{ width: 150 }}
            placeholder={t('customer.fields.team')}
            aria-label={t('customer.fields.team')}
            value={filters.team ?? ''}
            onChange={(e) => setFilter('team', e.target.value || undefined)}
          />
          <Input
            allowClear
            style={{ width: 150 }}
            placeholder={t('customer.fields.industry')}
            aria-label={t('customer.fields.industry')}
            value={filters.industry ?? ''}
            onChange={(e) => setFilter('industry', e.target.value || undefined)}
          />
          <Input
            allowClear
            style={{ width: 150 }}
            placeholder={t('customer.fields.region')}
            aria-label={t('customer.fields.region')}
            value={filters.region ?? ''}
            onChange={(e) => setFilter('region', e.target.value || undefined)}
          />
          <Select
            style={{ width: 200 }}
            aria-label={t('customer.sort.label')}
            value={filters.sort}
            options={CUSTOMER_SORTS.map((value) => ({
              value,
              label: t(`customer.sort.${value}`),
            }))}
            onChange={(v) => setFilter('sort', v)}
          />
        </Flex>
        {error ? <ProblemAlert error={error} /> : null}
        {whenNothingFound && q && !isFetching && data?.items.length === 0
          ? whenNothingFound(q)
          : null}
        <Table<Customer>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={isFetching}
          pagination={false}
          locale={{ emptyText: t('common.empty') }}
          onRow={(record) => ({
            onClick: () => navigate(paths.customer(record.id)),
            style: { cursor: 'pointer' },
          })}
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
