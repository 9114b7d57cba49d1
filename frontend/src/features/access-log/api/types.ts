import type { components, operations } from '@/api/generated/schema';

export type AccessLogEntry = components['schemas']['AccessLogEntry'];
export type AccessLogPage = components['schemas']['AccessLogPage'];
export type AccessLogParams = NonNullable<operations['listAccessLog']['parameters']['query']>;
export type CustomerAccessLogParams = NonNullable<
  operations['listCustomerAccessLog']['parameters']['query']
>;

/** The views (operation ids) that record a consultation, offered as a filter. */
export const ACCESS_VIEWS = [
  'getCustomer',
  'listCustomers',
  'listContacts',
  'getContact',
  'listCustomerShares',
  'listCustomerAccessLog',
] as const;
