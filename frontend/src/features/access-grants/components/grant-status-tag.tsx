import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AccessGrantStatus } from '../api/types';

const COLORS: Record<AccessGrantStatus, string> = {
  PENDING: 'gold',
  APPROVED: 'green',
  REJECTED: 'red',
  REVOKED: 'default',
  EXPIRED: 'default',
};

export function GrantStatusTag({ status }: { status: AccessGrantStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`accessGrant.status.${status}`)}</Tag>;
}
