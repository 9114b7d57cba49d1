export const contactKeys = {
  all: ['contacts'] as const,
  ofCustomer: (customerId: string) => [...contactKeys.all, customerId] as const,
  list: (customerId: string, includeInactive: boolean, cursor?: string) =>
    [...contactKeys.ofCustomer(customerId), 'list', { includeInactive, cursor }] as const,
  detail: (customerId: string, contactId: string) =>
    [...contactKeys.ofCustomer(customerId), 'detail', contactId] as const,
};
