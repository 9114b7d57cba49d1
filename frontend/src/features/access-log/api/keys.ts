import type { AccessLogParams, CustomerAccessLogParams } from './types';

export const accessLogKeys = {
  all: ['access-log'] as const,
  lists: () => [...accessLogKeys.all, 'list'] as const,
  list: (params: AccessLogParams) => [...accessLogKeys.lists(), params] as const,
  ofCustomer: (customerId: string, params: CustomerAccessLogParams) =>
    [...accessLogKeys.all, 'customer', customerId, params] as const,
};
