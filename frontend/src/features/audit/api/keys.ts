import type { AuditEventListParams } from './types';

export const auditKeys = {
  all: ['audit'] as const,
  lists: () => [...auditKeys.all, 'list'] as const,
  list: (params: AuditEventListParams) => [...auditKeys.lists(), params] as const,
  verification: () => [...auditKeys.all, 'verification'] as const,
};
