export const paths = {
  customers: () => '/customers',
  newCustomer: () => '/customers/new',
  customer: (id: string) => `/customers/${id}`,
  editCustomer: (id: string) => `/customers/${id}/edit`,
  auditEvents: () => '/audit-events',
  accessLog: () => '/access-log',
  accessGrants: () => '/access-grants',
  expiringDocuments: () => '/documents/expiring',
} as const;
