import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Transaction } from '../api/types';

const COLORS = { OPEN: 'blue', PAID: 'green', VOIDED: 'default' } as const;

export function TransactionStatusTag({ transaction }: { transaction: Transaction }) {
  const { t } = useTranslation();
  if (transaction.overdue) return <Tag color="red">{t('transactions.status.OVERDUE')}</Tag>;
  return (
    <Tag color={COLORS[transaction.status]}>{t(`transactions.status.${transaction.status}`)}</Tag>
  );
}
