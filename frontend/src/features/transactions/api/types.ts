import type { components } from '@/api/generated/schema';

export type Transaction = components['schemas']['Transaction'];
export type TransactionCreate = components['schemas']['TransactionCreate'];
export type TransactionLine = components['schemas']['TransactionLine'];
export type TransactionPage = components['schemas']['TransactionPage'];
export type TransactionSummary = components['schemas']['TransactionSummary'];
export type CurrencyTotals = components['schemas']['CurrencyTotals'];
export type Payment = components['schemas']['Payment'];
export type PaymentCreate = components['schemas']['PaymentCreate'];
export type PaymentTerms = components['schemas']['PaymentTerms'];
export type PaymentMethod = components['schemas']['PaymentMethod'];
export type TransactionStatus = components['schemas']['TransactionStatus'];
export type Product = components['schemas']['Product'];
export type ProductCreate = components['schemas']['ProductCreate'];
export type ProductPatch = components['schemas']['ProductPatch'];
export type ProductPage = components['schemas']['ProductPage'];

export const PAYMENT_TERMS: PaymentTerms[] = ['CASH', 'PREPAYMENT', 'NET_30', 'NET_60', 'NET_90'];
export const PAYMENT_METHODS: PaymentMethod[] = [
  'BANK_TRANSFER',
  'CASH',
  'CHEQUE',
  'ACCEPTANCE_BILL',
  'OTHER',
];
/** Currencies offered in the form; the API takes any ISO 4217 code with at most 2 decimals. */
export const CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD', 'JPY'] as const;
