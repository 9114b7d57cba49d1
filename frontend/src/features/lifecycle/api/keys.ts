export const lifecycleKeys = {
  all: ['lifecycle'] as const,
  history: (customerId: string, cursor?: string) =>
    [...lifecycleKeys.all, 'history', customerId, cursor ?? ''] as const,
  corrections: () => [...lifecycleKeys.all, 'corrections'] as const,
  customerCorrections: (customerId: string, cursor?: string) =>
    [...lifecycleKeys.corrections(), 'customer', customerId, cursor ?? ''] as const,
  inbox: (cursor?: string) => [...lifecycleKeys.corrections(), 'inbox', cursor ?? ''] as const,
  pendingArchives: (cursor?: string) =>
    [...lifecycleKeys.all, 'pending-archives', cursor ?? ''] as const,
  reviews: () => [...lifecycleKeys.all, 'reviews'] as const,
  customerReviews: (customerId: string) =>
    [...lifecycleKeys.reviews(), 'customer', customerId] as const,
  due: (withinDays: number, cursor?: string) =>
    [...lifecycleKeys.reviews(), 'due', withinDays, cursor ?? ''] as const,
};
