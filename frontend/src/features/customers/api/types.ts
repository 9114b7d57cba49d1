import type { components, operations } from '@/api/generated/schema';

export type Customer = components['schemas']['Customer'];
export type CustomerCreate = components['schemas']['CustomerCreate'];
export type CustomerPatch = components['schemas']['CustomerPatch'];
export type CustomerKind = components['schemas']['CustomerKind'];
export type CustomerStatus = components['schemas']['CustomerStatus'];
export type CustomerNature = components['schemas']['CustomerNature'];
export type CustomerPage = components['schemas']['CustomerPage'];
export type CustomerListParams = NonNullable<operations['listCustomers']['parameters']['query']>;
export type CustomerSort = NonNullable<CustomerListParams['sort']>;

/** A customer with the ETag it was read with (for If-Match on the next change). */
export type VersionedCustomer = { customer: Customer; etag: string };

export const CUSTOMER_KINDS: CustomerKind[] = ['ORGANIZATION', 'INDIVIDUAL'];
export const CUSTOMER_STATUSES: CustomerStatus[] = [
  'DRAFT',
  'PENDING_APPROVAL',
  'APPROVED',
  'ARCHIVED',
];
export const CUSTOMER_NATURES: CustomerNature[] = [
  'GOVERNMENT',
  'PUBLIC_INSTITUTION',
  'STATE_OWNED',
  'ENTERPRISE',
  'SPECIAL_RELATIONSHIP',
  'SELF_EMPLOYED',
  'TRADING_PARTNER',
];
export const CUSTOMER_SORTS: CustomerSort[] = [
  '-createdAt',
  'createdAt',
  '-updatedAt',
  'updatedAt',
  'name',
  '-name',
  'archiveNo',
  '-archiveNo',
];

/**
 * Only drafts are edited directly: a submitted archive waits for its decision, an approved one
 * changes through a correction and an archived one must be restored first (409).
 */
export const isEditable = (customer: Pick<Customer, 'status'>) => customer.status === 'DRAFT';
