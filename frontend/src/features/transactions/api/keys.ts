export const transactionKeys = {
  all: ['transactions'] as const,
  ofCustomer: (customerId: string) => [...transactionKeys.all, customerId] as const,
  list: (customerId: string, overdueOnly: boolean, cursor?: string) =>
    [...transactionKeys.ofCustomer(customerId), 'list', { overdueOnly, cursor }] as const,
  summary: (customerId: string) => [...transactionKeys.ofCustomer(customerId), 'summary'] as const,
};

export const productKeys = {
  all: ['products'] as const,
  list: (q: string, includeInactive: boolean, cursor?: string) =>
    [...productKeys.all, 'list', { q, includeInactive, cursor }] as const,
  detail: (id: string) => [...productKeys.all, 'detail', id] as const,
};
