import type { components, operations } from '@/api/generated/schema';

export type AuditEvent = components['schemas']['AuditEvent'];
export type AuditEventPage = components['schemas']['AuditEventPage'];
export type AuditAction = components['schemas']['AuditAction'];
export type AuditEntityType = components['schemas']['AuditEntityType'];
export type FieldChange = components['schemas']['FieldChange'];
export type AuditChainVerification = components['schemas']['AuditChainVerification'];
export type AuditEventListParams = NonNullable<
  operations['listAuditEvents']['parameters']['query']
>;

export const AUDIT_ACTIONS: AuditAction[] = [
  'CREATE',
  'UPDATE',
  'ARCHIVE',
  'RESTORE',
  'MARK_LEFT',
  'RECORD_PAYMENT',
  'VOID',
];
export const AUDIT_ENTITY_TYPES: AuditEntityType[] = [
  'CUSTOMER',
  'CONTACT',
  'TRANSACTION',
  'PRODUCT',
];
