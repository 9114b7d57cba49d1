import type { Me } from '@/lib/me';
import type { Product, Transaction, TransactionSummary } from '../api/types';

export const customerId = '6f1c1c9e-5a43-4a53-9d59-2f3c1b0e7a11';

/** A sales rep as /me describes it, with the transaction and product operations. */
export const repWithTransactions: Me = {
  id: '00000000-0000-4000-8000-000000000005',
  username: 'rep1',
  displayName: '李明',
  roles: ['sales-rep'],
  teams: ['east-team'],
  clientId: 'dossier-web',
  partner: false,
  permissions: [
    'getCustomer',
    'listTransactions',
    'getTransaction',
    'getTransactionSummary',
    'createTransaction',
    'recordTransactionPayment',
    'voidTransaction',
    'listProducts',
    'getProduct',
    'getMe',
  ],
};

export const serviceAgent: Me = {
  ...repWithTransactions,
  username: 'agent',
  roles: ['service-agent'],
  permissions: ['getCustomer', 'listTransactions', 'getTransactionSummary', 'listProducts'],
};

export const director: Me = {
  ...repWithTransactions,
  username: 'director',
  roles: ['sales-director'],
  permissions: ['listProducts', 'getProduct', 'createProduct', 'updateProduct'],
};

export const steel: Product = {
  id: '3a7c0e52-6f1b-4c8e-9d2a-1b5e7f9c0d11',
  code: 'P-STEEL-01',
  name: '热轧钢板',
  category: '钢材',
  unit: '吨',
  active: true,
  version: 0,
  createdAt: '2026-11-01T09:00:00+08:00',
  updatedAt: '2026-11-01T09:00:00+08:00',
};

export const overdue: Transaction = {
  id: '9e3b2f61-0c4d-4a8e-b1f7-5d2c6a9e0f33',
  customerId,
  number: 'XS-2026-0001',
  transactionDate: '2026-09-01',
  currency: 'CNY',
  totalAmount: '12800.00',
  paidAmount: '3000.00',
  outstandingAmount: '9800.00',
  overdueAmount: '9800.00',
  overdue: true,
  dueDate: '2026-10-01',
  paymentTerms: 'NET_30',
  status: 'OPEN',
  lineItems: [
    {
      lineNo: 1,
      productId: steel.id,
      productCode: steel.code,
      productName: steel.name,
      unit: '吨',
      quantity: '10',
      unitPrice: '1280.00',
      amount: '12800.00',
    },
  ],
  payments: [
    {
      id: '1d0f5e7a-2b3c-4d5e-8f90-a1b2c3d4e5f6',
      paymentDate: '2026-09-02',
      amount: '3000.00',
      method: 'BANK_TRANSFER',
      reference: '回单 0042',
      recordedAt: '2026-09-02T10:00:00+08:00',
      recordedBy: 'rep1',
    },
  ],
  version: 1,
  createdAt: '2026-09-01T10:00:00+08:00',
  updatedAt: '2026-09-02T10:00:00+08:00',
};

export const paid: Transaction = {
  ...overdue,
  id: '5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  number: 'XS-2026-0002',
  transactionDate: '2026-11-01',
  totalAmount: '500.00',
  paidAmount: '500.00',
  outstandingAmount: '0.00',
  overdueAmount: '0.00',
  overdue: false,
  status: 'PAID',
  payments: [],
};

export const summary: TransactionSummary = {
  customerId,
  asOf: '2026-11-23',
  currencies: [
    {
      currency: 'CNY',
      count: 2,
      totalAmount: '13300.00',
      paidAmount: '3500.00',
      outstandingAmount: '9800.00',
      overdueAmount: '9800.00',
      overdueCount: 1,
      firstTransactionDate: '2026-09-01',
      lastTransactionDate: '2026-11-01',
    },
  ],
};
