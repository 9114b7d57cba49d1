export const documentKeys = {
  all: ['documents'] as const,
  ofCustomer: (customerId: string) => [...documentKeys.all, 'customer', customerId] as const,
  list: (customerId: string, includeWithdrawn: boolean, cursor?: string) =>
    [...documentKeys.ofCustomer(customerId), 'list', { includeWithdrawn, cursor }] as const,
  completeness: (customerId: string) =>
    [...documentKeys.ofCustomer(customerId), 'completeness'] as const,
  expiring: (withinDays: number, includeExpired: boolean, cursor?: string) =>
    [...documentKeys.all, 'expiring', { withinDays, includeExpired, cursor }] as const,
};
