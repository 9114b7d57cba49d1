import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Dropdown,
  Popconfirm,
  Space,
  Switch,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem } from '@/api/client';
import { CursorPager } from '@/components/cursor-pager';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDate, formatNumber } from '@/lib/format';
import { useCan } from '@/lib/permissions';
import { problemMessage } from '@/lib/problem';
import { useCursorStack } from '@/lib/use-cursor-stack';
import { downloadDocument, INTEGRITY_PROBLEM } from '../api/download-document';
import { useDocuments } from '../api/list-documents';
import { useSetDocumentStatus } from '../api/save-document';
import type { DocumentRecord } from '../api/types';
import { CompletenessBar } from './completeness-bar';
import { UploadDocumentModal } from './upload-document-modal';

type Props = { customerId: string; readOnly?: boolean };

/** Bytes in the user's locale, as B, KB or MB. */
function formatSize(bytes: number, language: string) {
  if (bytes < 1024) return `${formatNumber(bytes, language)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 102.4) / 10, language)} KB`;
  return `${formatNumber(Math.round(bytes / 104857.6) / 10, language)} MB`;
}

/** The customer's documents (原始资料) in file order, with completeness, upload and versions. */
export function DocumentsPanel({ customerId, readOnly = false }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [includeWithdrawn, setIncludeWithdrawn] = useState(false);
  const paging = useCursorStack(String(includeWithdrawn));
  const { data, error, isFetching } = useDocuments(customerId, includeWithdrawn, paging.cursor);
  const canUpload = useCan('createDocument') && !readOnly;
  const canAddVersion = useCan('createDocumentVersion') && !readOnly;
  const canEdit = useCan('updateDocument') && !readOnly;
  const canDownload = useCan('getDocumentContent');
  const setStatus = useSetDocumentStatus(customerId);
  const [modal, setModal] = useState<{ open: boolean; document?: DocumentRecord }>({
    open: false,
  });

  const download = async (d: DocumentRecord, version?: number) => {
    const file = d.versions.find((v) => v.version === (version ?? d.currentVersion)) ?? d.file;
    try {
      await downloadDocument(customerId, d.id, file.fileName, version);
    } catch (err) {
      void message.error(
        isProblem(err) && err.type === INTEGRITY_PROBLEM
          ? t('document.integrityFailed')
          : problemMessage(err, t),
      );
    }
  };

  const changeStatus = async (d: DocumentRecord, status: DocumentRecord['status']) => {
    try {
      await setStatus.mutateAsync({ document: d, status });
      void message.success(t(status === 'WITHDRAWN' ? 'document.withdrawn' : 'document.restored'));
    } catch (err) {
      void message.error(problemMessage(err, t));
    }
  };

  const f = (key: string) => t(`document.fields.${key}`);
  const date = (value?: string) => formatDate(value, i18n.language);
  const columns: ColumnsType<DocumentRecord> = [
    { title: f('position'), dataIndex: 'position', width: 64 },
    {
      title: f('type'),
      dataIndex: 'type',
      render: (type: DocumentRecord['type']) => t(`document.type.${type}`),
    },
    {
      title: f('title'),
      dataIndex: 'title',
      render: (title: string, d) => (
        <Space size="small">
          <span>{title}</span>
          {d.status === 'WITHDRAWN' ? <Tag>{t('document.status.WITHDRAWN')}</Tag> : null}
        </Space>
      ),
    },
    { title: f('documentDate'), dataIndex: 'documentDate', render: date },
    { title: f('pageCount'), dataIndex: 'pageCount' },
    {
      title: f('validUntil'),
      dataIndex: 'validUntil',
      render: (value: string | undefined, d) =>
        value ? (
          <Space size="small">
            <span>{date(value)}</span>
            {d.expired ? <Tag color="red">{t('document.expired')}</Tag> : null}
          </Space>
        ) : null,
    },
    {
      title: f('version'),
      dataIndex: 'currentVersion',
      render: (current: number) => `v${current}`,
    },
    {
      title: f('size'),
      key: 'size',
      render: (_: unknown, d) => formatSize(d.file.size, i18n.language),
    },
    {
      title: 'SHA-256',
      key: 'sha256',
      render: (_: unknown, d) => (
        <Tooltip title={d.file.sha256}>
          <Typography.Text code>{d.file.sha256.slice(0, 12)}</Typography.Text>
        </Tooltip>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_: unknown, d) => (
        <Space size="small">
          {canDownload ? (
            d.versions.length > 1 ? (
              <Dropdown.Button
                size="small"
                onClick={() => void download(d)}
                menu={{
                  items: d.versions.map((v) => ({
                    key: String(v.version),
                    label: t('document.downloadVersion', { version: v.version, name: v.fileName }),
                  })),
                  onClick: ({ key }) => void download(d, Number(key)),
                }}
              >
                <DownloadOutlined /> {t('document.download')}
              </Dropdown.Button>
            ) : (
              <Button
                size="small"
                type="link"
                icon={<DownloadOutlined />}
                onClick={() => void download(d)}
              >
                {t('document.download')}
              </Button>
            )
          ) : null}
          {canAddVersion && d.status === 'ACTIVE' ? (
            <Button
              size="small"
              type="link"
              icon={<UploadOutlined />}
              onClick={() => setModal({ open: true, document: d })}
            >
              {t('document.newVersion')}
            </Button>
          ) : null}
          {canEdit && d.status === 'ACTIVE' ? (
            <Popconfirm
              title={t('document.withdrawConfirm', { title: d.title })}
              onConfirm={() => changeStatus(d, 'WITHDRAWN')}
            >
              <Button size="small" type="link" danger>
                {t('document.withdraw')}
              </Button>
            </Popconfirm>
          ) : null}
          {canEdit && d.status === 'WITHDRAWN' ? (
            <Button size="small" type="link" onClick={() => void changeStatus(d, 'ACTIVE')}>
              {t('document.restore')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <Card
      title={t('document.title')}
      extra={
        <Space>
          <Typography.Text>{t('document.includeWithdrawn')}</Typography.Text>
          <Switch
            aria-label={t('document.includeWithdrawn')}
            checked={includeWithdrawn}
            onChange={setIncludeWithdrawn}
          />
          {canUpload ? (
            <Button icon={<PlusOutlined />} onClick={() => setModal({ open: true })}>
              {t('document.upload.button')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <CompletenessBar customerId={customerId} />
        {error ? <ProblemAlert error={error} /> : null}
        <Table<DocumentRecord>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={isFetching}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: t('common.empty') }}
        />
        {paging.hasPrevious || data?.nextCursor ? (
          <CursorPager paging={paging} nextCursor={data?.nextCursor} onNext={paging.next} />
        ) : null}
      </Space>
      {modal.open ? (
        <UploadDocumentModal
          customerId={customerId}
          document={modal.document}
          onClose={() => setModal({ open: false })}
        />
      ) : null}
    </Card>
  );
}
