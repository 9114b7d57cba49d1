import {
  App,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Switch,
  Table,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CursorPager } from '@/components/cursor-pager';
import { ProblemAlert } from '@/components/problem-alert';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format';
import { useCan } from '@/lib/permissions';
import { useCursorStack } from '@/lib/use-cursor-stack';
import { useDueReviews, useRecordReview } from '../api/reviews';
import type { Customer, ReviewCreate } from '../api/types';

const WINDOWS = [0, 7, 30, 60];

/** Records a periodic review: checked or not, findings, the tier assessed. */
export function ReviewModal({ customer, onClose }: { customer: Customer; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReviewCreate>();
  const [error, setError] = useState<unknown>();
  const record = useRecordReview();

  const onFinish = async (values: ReviewCreate) => {
    setError(undefined);
    try {
      const review = await record.mutateAsync({
        customerId: customer.id,
        review: {
          checked: values.checked ?? false,
          ...(values.findings?.trim() ? { findings: values.findings.trim() } : {}),
          ...(values.tier?.trim() ? { tier: values.tier.trim() } : {}),
        },
      });
      void message.success(
        t('lifecycle.reviewRecorded', { date: formatDate(review.nextReviewOn, i18n.language) }),
      );
      onClose();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <Modal
      open
      title={t('lifecycle.recordReviewTitle', { name: customer.name })}
      okText={t('lifecycle.recordReview')}
      okButtonProps={{ loading: record.isPending }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {error ? <ProblemAlert error={error} /> : null}
      <Form
        form={form}
        name="review"
        layout="vertical"
        initialValues={{ checked: true }}
        onFinish={(values) => void onFinish(values)}
      >
        <Form.Item name="checked" label={t('lifecycle.checked')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="findings" label={t('lifecycle.findings')}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item name="tier" label={t('lifecycle.tier')}>
          <Input maxLength={32} style={{ width: 120 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The review work queue: approved archives due for review, earliest first. */
export function ReviewsDueList() {
  const { t, i18n } = useTranslation();
  const [withinDays, setWithinDays] = useState(0);
  const paging = useCursorStack(String(withinDays));
  const { data, error, isFetching } = useDueReviews(withinDays, paging.cursor);
  const canRecord = useCan('recordReview');
  const [reviewing, setReviewing] = useState<Customer>();

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('lifecycle.reviewsDueTitle')}</Typography.Title>
      <Card size="small">
        <Space style={{ marginBottom: 12 }}>
          <Typography.Text>{t('lifecycle.dueWithin')}</Typography.Text>
          <Select
            aria-label={t('lifecycle.dueWithin')}
            style={{ width: 180 }}
            value={withinDays}
            onChange={setWithinDays}
            options={WINDOWS.map((days) => ({
              value: days,
              label: t('lifecycle.withinDays', { count: days }),
            }))}
          />
        </Space>
        {error ? <ProblemAlert error={error} /> : null}
        <Table<Customer>
          rowKey="id"
          size="small"
          loading={isFetching}
          dataSource={data?.items ?? []}
          pagination={false}
          locale={{ emptyText: t('lifecycle.nothingDue') }}
          columns={[
            {
              key: 'due',
              title: t('lifecycle.nextReviewOn'),
              render: (_, c) => formatDate(c.nextReviewOn, i18n.language),
            },
            { key: 'archiveNo', title: t('customer.fields.archiveNo'), dataIndex: 'archiveNo' },
            {
              key: 'name',
              title: t('customer.fields.name'),
              render: (_, c) => <Link to={paths.customer(c.id)}>{c.name}</Link>,
            },
            { key: 'team', title: t('customer.fields.team'), render: (_, c) => c.team ?? '—' },
            {
              key: 'actions',
              title: '',
              render: (_, c) =>
                canRecord ? (
                  <Button size="small" onClick={() => setReviewing(c)}>
                    {t('lifecycle.recordReview')}
                  </Button>
                ) : null,
            },
          ]}
        />
        <CursorPager paging={paging} nextCursor={data?.nextCursor} onNext={paging.next} />
      </Card>
      {reviewing ? (
        <ReviewModal customer={reviewing} onClose={() => setReviewing(undefined)} />
      ) : null}
    </Space>
  );
}
