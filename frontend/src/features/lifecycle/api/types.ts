import type { components } from '@/api/generated/schema';

export type Customer = components['schemas']['Customer'];
export type CustomerPage = components['schemas']['CustomerPage'];
export type StatusChangePage = components['schemas']['StatusChangePage'];
export type Correction = components['schemas']['Correction'];
export type CorrectionChange = components['schemas']['CorrectionChange'];
export type CorrectionPage = components['schemas']['CorrectionPage'];
export type CorrectionStatus = components['schemas']['CorrectionStatus'];
export type Review = components['schemas']['Review'];
export type ReviewCreate = components['schemas']['ReviewCreate'];
export type ReviewPage = components['schemas']['ReviewPage'];
export type TransferCreate = components['schemas']['TransferCreate'];
export type Transfer = components['schemas']['Transfer'];

/** A customer with the ETag it was read with (for If-Match on the next change). */
export type VersionedCustomer = { customer: Customer; etag: string };

/**
 * The archive fields a correction may change (the properties PATCH accepts), in form order.
 * `nature` is chosen from its enumeration; the others are text.
 */
export const CORRECTABLE_FIELDS = [
  'name',
  'shortName',
  'creditCode',
  'nature',
  'industry',
  'region',
  'address',
  'phone',
  'email',
  'notes',
] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

export const NATURES: NonNullable<Customer['nature']>[] = [
  'GOVERNMENT',
  'PUBLIC_INSTITUTION',
  'STATE_OWNED',
  'ENTERPRISE',
  'SPECIAL_RELATIONSHIP',
  'SELF_EMPLOYED',
  'TRADING_PARTNER',
];
