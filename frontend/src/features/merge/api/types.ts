import type { components, operations } from '@/api/generated/schema';

export type Customer = components['schemas']['Customer'];
export type DuplicateCandidate = components['schemas']['DuplicateCandidate'];
export type DuplicateList = components['schemas']['DuplicateList'];
export type DuplicateQuery = NonNullable<
  operations['findDuplicateCustomers']['parameters']['query']
>;

/** A customer with the ETag it was read with (for If-Match on the next change). */
export type VersionedCustomer = { customer: Customer; etag: string };
