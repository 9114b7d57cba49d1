import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomerStatus } from '../api/types';

const COLORS: Record<CustomerStatus, string> = {
  DRAFT: 'default',
  PENDING_APPROVAL: 'gold',
  APPROVED: 'green',
  ARCHIVED: 'volcano',
};

export function StatusTag({ status }: { status: CustomerStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`customer.status.${status}`)}</Tag>;
}
