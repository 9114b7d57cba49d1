import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Popconfirm,
  Progress,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import { useCan } from '@/lib/permissions';
import { problemMessage } from '@/lib/problem';
import {
  downloadErrors,
  downloadTemplate,
  isRunning,
  useImportAction,
  useImportJob,
  useImports,
  useUploadImport,
  type ImportJob,
  type ImportRowError,
} from '../api/imports';

const STATUS_COLOR: Record<ImportJob['status'], string> = {
  VALIDATING: 'processing',
  VALIDATED: 'blue',
  COMMITTING: 'processing',
  COMMITTED: 'green',
  FAILED: 'red',
  REVERTED: 'default',
};

/**
 * Import of customers with contacts: template download, upload, the dry run's progress and row
 * errors, then commit (or revert of a committed import); below, the caller's recent imports.
 */
export function ImportPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [selected, setSelected] = useState<string>();
  const upload = useUploadImport();
  const jobs = useImports();
  const job = useImportJob(selected);
  const commit = useImportAction('commit');
  const revert = useImportAction('revert');
  const canCommit = useCan('commitImport');
  const canRevert = useCan('revertImport');
  const current = job.data;

  const onFile = (file: File) => {
    upload.mutate(file, {
      onSuccess: (created) => setSelected(created.id),
      onError: (error) => void message.error(problemMessage(error, t)),
    });
    return false;
  };

  const fail = (error: unknown) => void message.error(problemMessage(error, t));
  const download = (run: () => Promise<void>) => () => void run().catch(fail);

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('imports.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('imports.intro')}
      </Typography.Paragraph>
      <Space wrap>
        <Button icon={<DownloadOutlined />} onClick={download(() => downloadTemplate('xlsx'))}>
          {t('imports.templateXlsx')}
        </Button>
        <Button icon={<DownloadOutlined />} onClick={download(() => downloadTemplate('csv'))}>
          {t('imports.templateCsv')}
        </Button>
      </Space>
      <Upload.Dragger
        accept=".xlsx,.csv"
        showUploadList={false}
        multiple={false}
        disabled={upload.isPending}
        beforeUpload={onFile}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('imports.drop')}</p>
        <p className="ant-upload-hint">{t('imports.dropHint')}</p>
      </Upload.Dragger>

      {current && (
        <Card
          title={current.fileName}
          extra={
            <Tag color={STATUS_COLOR[current.status]}>{t(`imports.status.${current.status}`)}</Tag>
          }
        >
          <Flex vertical gap={12}>
            <Progress
              aria-label={t('imports.progress')}
              percent={
                current.totalRows === 0
                  ? 0
                  : Math.floor((current.processedRows * 100) / current.totalRows)
              }
              status={
                current.status === 'FAILED'
                  ? 'exception'
                  : isRunning(current)
                    ? 'active'
                    : current.errorCount > 0
                      ? 'exception'
                      : 'success'
              }
            />
            <Descriptions size="small" column={{ xs: 1, sm: 2, md: 4 }}>
              <Descriptions.Item label={t('imports.rows')}>
                {current.processedRows} / {current.totalRows}
              </Descriptions.Item>
              <Descriptions.Item label={t('imports.customers')}>
                {current.customerCount}
              </Descriptions.Item>
              <Descriptions.Item label={t('imports.errorCount')}>
                {current.errorCount}
              </Descriptions.Item>
              <Descriptions.Item label={t('imports.createdAt')}>
                {formatDateTime(current.createdAt, i18n.language)}
              </Descriptions.Item>
            </Descriptions>
            {current.failure && <Alert type="error" showIcon title={current.failure} />}
            {current.status === 'VALIDATED' && current.errorCount === 0 && (
              <Alert type="success" showIcon title={t('imports.valid')} />
            )}
            {current.status === 'COMMITTED' && (
              <Alert
                type="success"
                showIcon
                message={t('imports.committed', { count: current.customerCount })}
              />
            )}
            {current.errorCount > 0 && (
              <>
                <Alert
                  type="error"
                  showIcon
                  message={t('imports.hasErrors', { count: current.errorCount })}
                />
                <Table<ImportRowError>
                  size="small"
                  rowKey={(e) => `${e.row}-${e.field}-${e.code}`}
                  dataSource={current.errors}
                  pagination={{ pageSize: 20, hideOnSinglePage: true }}
                  columns={[
                    { title: t('imports.row'), dataIndex: 'row', width: 90 },
                    { title: t('imports.field'), dataIndex: 'field', width: 180 },
                    { title: t('imports.message'), dataIndex: 'message' },
                  ]}
                />
              </>
            )}
            <Space wrap>
              {!isRunning(current) && current.status !== 'FAILED' && (
                <Button
                  icon={<DownloadOutlined />}
                  onClick={download(() => downloadErrors(current.id))}
                >
                  {t('imports.downloadErrors')}
                </Button>
              )}
              {canCommit && current.status === 'VALIDATED' && current.errorCount === 0 && (
                <Button
                  type="primary"
                  loading={commit.isPending}
                  onClick={() => commit.mutate(current.id, { onError: fail })}
                >
                  {t('imports.commit', { count: current.customerCount })}
                </Button>
              )}
              {canRevert && current.status === 'COMMITTED' && (
                <Popconfirm
                  title={t('imports.revertConfirm')}
                  onConfirm={() => revert.mutate(current.id, { onError: fail })}
                >
                  <Button danger loading={revert.isPending}>
                    {t('imports.revert')}
                  </Button>
                </Popconfirm>
              )}
            </Space>
          </Flex>
        </Card>
      )}

      <Card title={t('imports.recent')}>
        <Table<ImportJob>
          size="small"
          rowKey="id"
          loading={jobs.isLoading}
          dataSource={jobs.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: t('imports.none') }}
          onRow={(record) => ({
            onClick: () => setSelected(record.id),
            style: { cursor: 'pointer' },
          })}
          columns={[
            {
              title: t('imports.file'),
              dataIndex: 'fileName',
              render: (name: string, record) => (
                <Typography.Link onClick={() => setSelected(record.id)}>{name}</Typography.Link>
              ),
            },
            {
              title: t('imports.statusLabel'),
              dataIndex: 'status',
              render: (status: ImportJob['status']) => (
                <Tag color={STATUS_COLOR[status]}>{t(`imports.status.${status}`)}</Tag>
              ),
            },
            { title: t('imports.rows'), dataIndex: 'totalRows' },
            { title: t('imports.errorCount'), dataIndex: 'errorCount' },
            {
              title: t('imports.createdAt'),
              dataIndex: 'createdAt',
              render: (value: string) => formatDateTime(value, i18n.language),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
