import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '@/lib/permissions';
import { exportCustomers, type CustomerExportParams } from '../api/export-customers';

/** Exports the customers of the current filters; shown only to those /me allows to export. */
export function ExportCustomersButton({ params }: { params: CustomerExportParams }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canExport = useCan('exportCustomers');
  const [busy, setBusy] = useState(false);
  if (!canExport) return null;
  const run = async () => {
    setBusy(true);
    try {
      await exportCustomers(params);
      void message.success(t('exports.done'));
    } catch {
      void message.error(t('exports.failed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()}>
      {t('exports.exportCustomers')}
    </Button>
  );
}
