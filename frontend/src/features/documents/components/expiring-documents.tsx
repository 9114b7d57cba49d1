import { Card, InputNumber, Space, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CursorPager } from '@/components/cursor-pager';
import { ProblemAlert } from '@/components/problem-alert';
import { paths } from '@/config/paths';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { formatDate } from '@/lib/format';
import { useCursorStack } from '@/lib/use-cursor-stack';
import { useExpiringDocuments } from '../api/list-expiring';
import type { ExpiringDocument } from '../api/types';

/** Business licences and other documents whose validity ends soon, of the customers one sees. */
export function ExpiringDocuments() {
  const { t, i18n } = useTranslation();
  const [days, setDays] = useState(30);
  const withinDays = useDebouncedValue(days, 300);
  const [includeExpired, setIncludeExpired] = useState(false);
  const paging = useCursorStack(`${withinDays}:${includeExpired}`);
  const { data, error, isFetching } = useExpiringDocuments(
    withinDays,
    includeExpired,
    paging.cursor,
  );

  const f = (key: string) => t(`document.fields.${key}`);
  const columns: ColumnsType<ExpiringDocument> = [
    {
      title: f('validUntil'),
      dataIndex: 'validUntil',
      render: (value: string) => formatDate(value, i18n.language),
    },
    {
      title: t('document.expiring.daysLeft'),
      dataIndex: 'daysLeft',
      render: (daysLeft: number) =>
        daysLeft < 0 ? (
          <Tag color="red">{t('document.expiring.expiredAgo', { days: -daysLeft })}</Tag>
        ) : (
          <Tag color={daysLeft <= 7 ? 'orange' : 'gold'}>
            {t('document.expiring.inDays', { days: daysLeft })}
          </Tag>
        ),
    },
    {
      title: t('document.expiring.customer'),
      dataIndex: 'customerName',
      render: (name: string, d) => (
        <Space orientation="vertical" size={0}>
          <Link to={paths.customer(d.customerId)}>{name}</Link>
          <Typography.Text type="secondary">{d.archiveNo}</Typography.Text>
        </Space>
      ),
    },
    {
      title: f('type'),
      dataIndex: 'type',
      render: (type: ExpiringDocument['type']) => t(`document.type.${type}`),
    },
    { title: f('title'), dataIndex: 'title' },
  ];

  return (
    <Card
      title={t('document.expiring.title')}
      extra={
        <Space wrap>
          <Typography.Text>{t('document.expiring.withinDays')}</Typography.Text>
          <InputNumber
            aria-label={t('document.expiring.withinDays')}
            min={0}
            max={366}
            value={days}
            onChange={(value) => setDays(value ?? 0)}
          />
          <Typography.Text>{t('document.expiring.includeExpired')}</Typography.Text>
          <Switch
            aria-label={t('document.expiring.includeExpired')}
            checked={includeExpired}
            onChange={setIncludeExpired}
          />
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {error ? <ProblemAlert error={error} /> : null}
        <Table<ExpiringDocument>
          rowKey="documentId"
          size="small"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={isFetching}
          pagination={false}
          locale={{ emptyText: t('document.expiring.none') }}
        />
        <CursorPager paging={paging} nextCursor={data?.nextCursor} onNext={paging.next} />
      </Space>
    </Card>
  );
}
