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
  RECORD_PAYMENT: 'purple',
  VOID: 'magenta',
  SUBMIT: 'gold',
  PROPOSE: 'purple',
  ACCEPT: 'green',
  CORRECT: 'blue',
  TRANSFER: 'magenta',
  REVIEW: 'geekblue',
  UPLOAD_VERSION: 'geekblue',
  WITHDRAW: 'orange',
  INTEGRITY_FAILURE: 'magenta',
  DELETE: 'red',
  MERGE: 'volcano',
  EXPORT: 'gold',
};

export function ActionTag({ action }: { action: AuditAction }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[action]}>
      {t([`audit.action.${action}`, `lifecycle.auditAction.${action}`], { defaultValue: action })}
    </Tag>
  );
}
