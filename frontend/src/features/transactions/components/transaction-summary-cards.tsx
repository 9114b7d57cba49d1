import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney } from '@/lib/format';
import type { TransactionSummary } from '../api/types';

/** Totals per currency: amount, paid, outstanding, overdue (red when any), count and dates. */
export function TransactionSummaryCards({ summary }: { summary: TransactionSummary }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (summary.currencies.length === 0) {
    return <Typography.Text type="secondary">{t('transactions.summary.none')}</Typography.Text>;
  }
  return (
    <Row gutter={[12, 12]}>
      {summary.currencies.map((c) => {
        const overdue = Number(c.overdueAmount) > 0;
        return (
          <Col key={c.currency} xs={24} xl={24}>
            <Card size="small" title={t('transactions.summary.title', { currency: c.currency })}>
              <Row gutter={16}>
                <Col xs={12} md={4}>
                  <Statistic
                    title={t('transactions.summary.total')}
                    value={formatMoney(c.totalAmount, c.currency, lang)}
                  />
                </Col>
                <Col xs={12} md={4}>
                  <Statistic
                    title={t('transactions.summary.paid')}
                    value={formatMoney(c.paidAmount, c.currency, lang)}
                  />
                </Col>
                <Col xs={12} md={4}>
                  <Statistic
                    title={t('transactions.summary.outstanding')}
                    value={formatMoney(c.outstandingAmount, c.currency, lang)}
                  />
                </Col>
                <Col xs={12} md={4}>
                  <Statistic
                    title={t('transactions.summary.overdue', { count: c.overdueCount })}
                    value={formatMoney(c.overdueAmount, c.currency, lang)}
                    styles={overdue ? { content: { color: '#cf1322' } } : undefined}
                  />
                </Col>
                <Col xs={12} md={3}>
                  <Statistic title={t('transactions.summary.count')} value={c.count} />
                </Col>
                <Col xs={12} md={5}>
                  <Statistic
                    title={t('transactions.summary.period')}
                    value={`${formatDate(c.firstTransactionDate, lang)} – ${formatDate(c.lastTransactionDate, lang)}`}
                    styles={{ content: { fontSize: 14 } }}
                  />
                </Col>
              </Row>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
