import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditAction } from '../api/types';

const COLORS: Record<AuditAction, string> = {
  CREATE: 'green',
  UPDATE: 'blue',
  ARCHIVE: 'default',
  RESTORE: 'cyan',
  MARK_LEFT: 'orange',
  REQUEST: 'gold',
  APPROVE: 'green',
  REJECT: 'red',
  REVOKE: 'default',
  UPLOAD_VERSION: 'geekblue',
  WITHDRAW: 'orange',
  INTEGRITY_FAILURE: 'magenta',
};

export function ActionTag({ action }: { action: AuditAction }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[action]}>{t(`audit.action.${action}`, { defaultValue: action })}</Tag>;
}
