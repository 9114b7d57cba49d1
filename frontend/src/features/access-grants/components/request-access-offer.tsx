import { KeyOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '@/lib/permissions';
import { isArchiveNo } from '../api/types';
import { RequestAccessModal } from './request-access-modal';

/**
 * Shown under an empty customer search: when the text is exactly an archive number, the caller
 * may ask for temporary access to that customer (it may exist outside the caller's scope).
 */
export function RequestAccessOffer({ search }: { search: string }) {
  const { t } = useTranslation();
  const canRequest = useCan('requestAccessGrant');
  const [open, setOpen] = useState(false);
  const archiveNo = search.trim().toUpperCase();
  if (!canRequest || !isArchiveNo(archiveNo)) return null;
  return (
    <>
      <Alert
        type="info"
        showIcon
        data-testid="request-access-offer"
        title={t('accessGrant.request.offer', { archiveNo })}
        action={
          <Button type="primary" icon={<KeyOutlined />} onClick={() => setOpen(true)}>
            {t('accessGrant.request.button')}
          </Button>
        }
      />
      {open ? <RequestAccessModal archiveNo={archiveNo} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
