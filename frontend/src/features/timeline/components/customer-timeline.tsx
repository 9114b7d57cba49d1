import {
  AuditOutlined,
  CheckCircleOutlined,
  CloseCircleOutlined,
  DollarOutlined,
  EditOutlined,
  FileTextOutlined,
  HistoryOutlined,
  InboxOutlined,
  KeyOutlined,
  PlusCircleOutlined,
  SendOutlined,
  SwapOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import {
  Button,
  Card,
  Collapse,
  Descriptions,
  Empty,
  Select,
  Space,
  Timeline,
  Typography,
} from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDateTime } from '@/lib/format';
import { useTimeline } from '../api/list-timeline';
import type { TimelineChange, TimelineItem } from '../api/types';

/** Kinds offered in the filter; the timeline itself shows any kind, known or not. */
export const FILTER_KINDS = [
  'CUSTOMER.CREATE',
  'CUSTOMER.UPDATE',
  'CUSTOMER.SUBMIT',
  'CUSTOMER.APPROVE',
  'CUSTOMER.REJECT',
  'CUSTOMER.ARCHIVE',
  'CUSTOMER.RESTORE',
  'CUSTOMER.CORRECT',
  'CUSTOMER.REVIEW',
  'CUSTOMER.TRANSFER',
  'CORRECTION.PROPOSE',
  'CORRECTION.ACCEPT',
  'CORRECTION.REJECT',
  'CONTACT.CREATE',
  'CONTACT.UPDATE',
  'CONTACT.MARK_LEFT',
  'DOCUMENT.CREATE',
  'DOCUMENT.UPLOAD_VERSION',
  'DOCUMENT.UPDATE',
  'DOCUMENT.WITHDRAW',
  'TRANSACTION.CREATE',
  'TRANSACTION.RECORD_PAYMENT',
  'TRANSACTION.VOID',
  'ACCESS_GRANT.REQUEST',
  'ACCESS_GRANT.APPROVE',
] as const;

const ENTITY_ICONS: Record<string, ReactNode> = {
  CONTACT: <TeamOutlined />,
  DOCUMENT: <FileTextOutlined />,
  TRANSACTION: <DollarOutlined />,
  CORRECTION: <EditOutlined />,
  ACCESS_GRANT: <KeyOutlined />,
};

const ACTION_ICONS: Record<string, ReactNode> = {
  CREATE: <PlusCircleOutlined />,
  UPDATE: <EditOutlined />,
  CORRECT: <EditOutlined />,
  SUBMIT: <SendOutlined />,
  APPROVE: <CheckCircleOutlined />,
  ACCEPT: <CheckCircleOutlined />,
  REJECT: <CloseCircleOutlined />,
  ARCHIVE: <InboxOutlined />,
  RESTORE: <HistoryOutlined />,
  TRANSFER: <SwapOutlined />,
  REVIEW: <AuditOutlined />,
};

function iconOf(item: TimelineItem): ReactNode {
  if (item.entityType === 'CUSTOMER') return ACTION_ICONS[item.action] ?? <HistoryOutlined />;
  return ENTITY_ICONS[item.entityType] ?? ACTION_ICONS[item.action] ?? <HistoryOutlined />;
}

function colorOf(item: TimelineItem): string {
  if (item.action === 'REJECT' || item.action === 'VOID' || item.action === 'WITHDRAW')
    return 'red';
  if (item.action === 'INTEGRITY_FAILURE') return 'red';
  if (item.action === 'APPROVE' || item.action === 'ACCEPT') return 'green';
  return 'blue';
}

/** An item's title: the known kind in words, else its entity type and action as sent. */
function useTitle() {
  const { t } = useTranslation();
  return (item: TimelineItem) =>
    t(`timeline.kinds.${item.kind.replace('.', '_')}`, {
      defaultValue: `${item.entityType} ${item.action}`,
    });
}

function ChangeList({ item }: { item: TimelineItem }) {
  const { t } = useTranslation();
  const prefix = item.entityType === 'CONTACT' ? 'contact.fields' : 'customer.fields';
  const value = (v?: string | null) =>
    v === undefined || v === null || v === '' ? (
      <Typography.Text type="secondary">{t('timeline.empty')}</Typography.Text>
    ) : (
      <Typography.Text>{v}</Typography.Text>
    );
  const row = (change: TimelineChange) =>
    change.masked ? (
      <Typography.Text type="secondary">{t('timeline.masked')}</Typography.Text>
    ) : (
      <span>
        {value(change.oldValue)} → {value(change.newValue)}
      </span>
    );
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      data-testid={`timeline-changes-${item.id}`}
      items={item.changes.map((change, i) => ({
        key: `${change.field}-${i}`,
        label: (
          <span title={change.field}>
            {t(`${prefix}.${change.field}`, {
              defaultValue: t(`profiles.fields.${change.field}`, { defaultValue: change.field }),
            })}
          </span>
        ),
        children: row(change),
      }))}
    />
  );
}

function Entry({ item }: { item: TimelineItem }) {
  const { t, i18n } = useTranslation();
  const title = useTitle();
  return (
    <div data-testid="timeline-item" data-kind={item.kind}>
      <Space wrap size="small">
        <Typography.Text strong>{title(item)}</Typography.Text>
        <Typography.Text type="secondary">
          {formatDateTime(item.occurredAt, i18n.language)}
        </Typography.Text>
        <Typography.Text type="secondary" data-testid="timeline-actor">
          {item.actorUsername ?? t('timeline.system')}
        </Typography.Text>
      </Space>
      {item.changes.length > 0 ? (
        <Collapse
          size="small"
          ghost
          items={[
            {
              key: 'changes',
              label: t('timeline.changes', { count: item.changes.length }),
              children: <ChangeList item={item} />,
            },
          ]}
        />
      ) : null}
    </div>
  );
}

/** Everything that happened to the archive, newest first, with "load more". */
export function CustomerTimeline({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const title = useTitle();
  const [kinds, setKinds] = useState<string[]>([]);
  const { data, error, isLoading, hasNextPage, fetchNextPage, isFetchingNextPage } = useTimeline(
    customerId,
    kinds,
  );
  const items = data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Card
      title={t('timeline.title')}
      data-testid="customer-timeline"
      extra={
        <Select
          mode="multiple"
          allowClear
          style={{ minWidth: 240 }}
          placeholder={t('timeline.filterKinds')}
          aria-label={t('timeline.filterKinds')}
          value={kinds}
          onChange={setKinds}
          maxTagCount="responsive"
          options={FILTER_KINDS.map((kind) => ({
            value: kind,
            label: title({ kind, entityType: '', action: '' } as TimelineItem),
          }))}
        />
      }
    >
      {error ? <ProblemAlert error={error} /> : null}
      {!isLoading && !error && items.length === 0 ? (
        <Empty description={t('timeline.none')} />
      ) : null}
      <Timeline
        items={items.map((item) => ({
          key: item.id,
          icon: iconOf(item),
          color: colorOf(item),
          content: <Entry item={item} />,
        }))}
      />
      {hasNextPage ? (
        <Button
          onClick={() => void fetchNextPage()}
          loading={isFetchingNextPage}
          data-testid="timeline-more"
        >
          {t('timeline.loadMore')}
        </Button>
      ) : null}
    </Card>
  );
}
