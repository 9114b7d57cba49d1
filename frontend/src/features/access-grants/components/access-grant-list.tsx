import { Badge, Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCan } from '@/lib/permissions';
import { useAccessGrants } from '../api/list-access-grants';
import { AccessGrantTable } from './access-grant-table';

/**
 * Access grants: approvers get their inbox (pending requests) and every grant; everyone sees
 * its own requests.
 */
export function AccessGrantList() {
  const { t } = useTranslation();
  const canApprove = useCan('approveAccessGrant');
  // The first page of the inbox gives the badge; more than a page shows as "20+".
  const pending = useAccessGrants({ status: 'PENDING', limit: 20 }, canApprove);
  const pendingCount = pending.data?.items.length ?? 0;

  const mine = {
    key: 'mine',
    label: t('accessGrant.tabs.mine'),
    children: <AccessGrantTable filter={{ mine: true }} showGrantee={false} />,
  };
  const items = canApprove
    ? [
        {
          key: 'pending',
          label: (
            <Badge
              count={pending.data?.nextCursor ? `${pendingCount}+` : pendingCount}
              size="small"
              offset={[10, 0]}
            >
              {t('accessGrant.tabs.pending')}
            </Badge>
          ),
          children: <AccessGrantTable filter={{ status: 'PENDING' }} />,
        },
        {
          key: 'all',
          label: t('accessGrant.tabs.all'),
          children: <AccessGrantTable filter={{}} />,
        },
        mine,
      ]
    : [mine];

  return (
    <Card title={t('accessGrant.title')}>
      <Tabs items={items} destroyOnHidden />
    </Card>
  );
}
