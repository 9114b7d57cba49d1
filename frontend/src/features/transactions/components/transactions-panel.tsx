import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Space, Switch, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CursorPager } from '@/components/cursor-pager';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDate, formatDateTime, formatMoney } from '@/lib/format';
import { useCan } from '@/lib/permissions';
import { useCursorStack } from '@/lib/use-cursor-stack';
import { useTransactions, useTransactionSummary } from '../api/list-transactions';
import type { Payment, Transaction, TransactionLine } from '../api/types';
import { PaymentModal } from './payment-modal';
import { TransactionFormModal } from './transaction-form-modal';
import { TransactionStatusTag } from './transaction-status-tag';
import { TransactionSummaryCards } from './transaction-summary-cards';
import { VoidModal } from './void-modal';

type Props = { customerId: string; readOnly?: boolean };
type Dialog =
  | { kind: 'none' }
  | { kind: 'create' }
  | { kind: 'payment'; transaction: Transaction }
  | { kind: 'void'; transaction: Transaction };

/** The customer's transactions (交易记录): totals, the list with lines and payments, actions. */
export function TransactionsPanel({ customerId, readOnly = false }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [overdueOnly, setOverdueOnly] = useState(false);
  const paging = useCursorStack(String(overdueOnly));
  const { data, error, isFetching } = useTransactions(customerId, overdueOnly, paging.cursor);
  const summary = useTransactionSummary(customerId);
  const canCreate = useCan('createTransaction') && !readOnly;
  const canPay = useCan('recordTransactionPayment') && !readOnly;
  const canVoid = useCan('voidTransaction') && !readOnly;
  const [dialog, setDialog] = useState<Dialog>({ kind: 'none' });

  const money = (amount: string, tx: Transaction) => formatMoney(amount, tx.currency, lang);
  const f = (key: string) => t(`transactions.fields.${key}`);
  const columns: ColumnsType<Transaction> = [
    { title: f('number'), dataIndex: 'number' },
    {
      title: f('transactionDate'),
      dataIndex: 'transactionDate',
      render: (d: string) => formatDate(d, lang),
    },
    {
      title: f('totalAmount'),
      dataIndex: 'totalAmount',
      align: 'right',
      render: (v: string, tx) => money(v, tx),
    },
    {
      title: f('paidAmount'),
      dataIndex: 'paidAmount',
      align: 'right',
      render: (v: string, tx) => money(v, tx),
    },
    {
      title: f('outstandingAmount'),
      dataIndex: 'outstandingAmount',
      align: 'right',
      render: (v: string, tx) => money(v, tx),
    },
    {
      title: f('overdueAmount'),
      dataIndex: 'overdueAmount',
      align: 'right',
      render: (v: string, tx) =>
        tx.overdue ? <Typography.Text type="danger">{money(v, tx)}</Typography.Text> : money(v, tx),
    },
    { title: f('dueDate'), dataIndex: 'dueDate', render: (d: string) => formatDate(d, lang) },
    {
      title: f('status'),
      key: 'status',
      render: (_: unknown, tx) => <TransactionStatusTag transaction={tx} />,
    },
    ...(canPay || canVoid
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, tx: Transaction) =>
              tx.status === 'VOIDED' ? null : (
                <Space size="small">
                  {canPay && tx.status === 'OPEN' ? (
                    <Button
                      size="small"
                      type="link"
                      onClick={() => setDialog({ kind: 'payment', transaction: tx })}
                    >
                      {t('transactions.payment.action')}
                    </Button>
                  ) : null}
                  {canVoid ? (
                    <Button
                      size="small"
                      type="link"
                      danger
                      onClick={() => setDialog({ kind: 'void', transaction: tx })}
                    >
                      {t('transactions.void.action')}
                    </Button>
                  ) : null}
                </Space>
              ),
          },
        ]
      : []),
  ];

  return (
    <Card
      title={t('transactions.title')}
      extra={
        <Space>
          <Typography.Text>{t('transactions.overdueOnly')}</Typography.Text>
          <Switch
            aria-label={t('transactions.overdueOnly')}
            checked={overdueOnly}
            onChange={setOverdueOnly}
          />
          {canCreate ? (
            <Button icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
              {t('transactions.add')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {summary.error ? <ProblemAlert error={summary.error} /> : null}
        {summary.data ? <TransactionSummaryCards summary={summary.data} /> : null}
        {error ? <ProblemAlert error={error} /> : null}
        <Table<Transaction>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={isFetching}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: t('common.empty') }}
          expandable={{
            expandedRowRender: (tx) => <TransactionDetails transaction={tx} />,
          }}
        />
        {paging.hasPrevious || data?.nextCursor ? (
          <CursorPager
            paging={paging}
            nextCursor={data?.nextCursor}
            onNext={paging.next}
            busy={isFetching}
          />
        ) : null}
      </Space>
      {dialog.kind === 'create' ? (
        <TransactionFormModal customerId={customerId} onClose={() => setDialog({ kind: 'none' })} />
      ) : null}
      {dialog.kind === 'payment' ? (
        <PaymentModal
          customerId={customerId}
          transaction={dialog.transaction}
          onClose={() => setDialog({ kind: 'none' })}
        />
      ) : null}
      {dialog.kind === 'void' ? (
        <VoidModal
          customerId={customerId}
          transaction={dialog.transaction}
          onClose={() => setDialog({ kind: 'none' })}
        />
      ) : null}
    </Card>
  );
}

/** The expanded row: line items, payments received, terms, and the void reason if any. */
function TransactionDetails({ transaction: tx }: { transaction: Transaction }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const money = (amount: string) => formatMoney(amount, tx.currency, lang);
  const f = (key: string) => t(`transactions.fields.${key}`);
  const lineColumns: ColumnsType<TransactionLine> = [
    { title: '#', dataIndex: 'lineNo', width: 48 },
    { title: f('productCode'), dataIndex: 'productCode' },
    { title: f('product'), dataIndex: 'productName' },
    { title: f('quantity'), dataIndex: 'quantity', align: 'right' },
    { title: f('unit'), dataIndex: 'unit' },
    { title: f('unitPrice'), dataIndex: 'unitPrice', align: 'right', render: money },
    { title: f('amount'), dataIndex: 'amount', align: 'right', render: money },
  ];
  const paymentColumns: ColumnsType<Payment> = [
    {
      title: t('transactions.payment.paymentDate'),
      dataIndex: 'paymentDate',
      render: (d: string) => formatDate(d, lang),
    },
    {
      title: t('transactions.payment.amount'),
      dataIndex: 'amount',
      align: 'right',
      render: money,
    },
    {
      title: t('transactions.payment.method'),
      dataIndex: 'method',
      render: (m?: Payment['method']) => (m ? t(`transactions.method.${m}`) : null),
    },
    { title: t('transactions.payment.reference'), dataIndex: 'reference' },
    {
      title: t('transactions.payment.recorded'),
      key: 'recorded',
      render: (_: unknown, p) => `${p.recordedBy ?? ''} ${formatDateTime(p.recordedAt, lang)}`,
    },
  ];
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      <Descriptions size="small" column={3}>
        <Descriptions.Item label={f('paymentTerms')}>
          {tx.paymentTerms ? t(`transactions.terms.${tx.paymentTerms}`) : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={f('currency')}>{tx.currency}</Descriptions.Item>
        <Descriptions.Item label={f('notes')}>{tx.notes ?? '—'}</Descriptions.Item>
        {tx.status === 'VOIDED' ? (
          <Descriptions.Item label={f('voidReason')} span={3}>
            <Typography.Text type="secondary">
              {tx.voidReason} ({formatDateTime(tx.voidedAt, lang)})
            </Typography.Text>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      <Table<TransactionLine>
        rowKey="lineNo"
        size="small"
        title={() => f('lineItems')}
        columns={lineColumns}
        dataSource={tx.lineItems}
        pagination={false}
      />
      <Table<Payment>
        rowKey="id"
        size="small"
        title={() => t('transactions.payment.list')}
        columns={paymentColumns}
        dataSource={tx.payments}
        pagination={false}
        locale={{ emptyText: t('transactions.payment.none') }}
      />
    </Space>
  );
}
