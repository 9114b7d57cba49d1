import { describe, expect, it } from 'vitest';
import { formatMoney } from './format';

describe('formatMoney', () => {
  it('formats decimal strings per locale and currency', () => {
    expect(formatMoney('12800.5', 'CNY', 'zh-CN')).toBe('¥12,800.50');
    expect(formatMoney('12800.5', 'CNY', 'en')).toBe('CN¥12,800.50');
    expect(formatMoney('99.9', 'USD', 'en')).toBe('$99.90');
    expect(formatMoney('1200', 'JPY', 'en')).toBe('¥1,200');
  });

  it('keeps every digit of large amounts (no floating point on the way)', () => {
    expect(formatMoney('9999999999999999.99', 'CNY', 'zh-CN')).toBe('¥9,999,999,999,999,999.99');
  });

  it('shows nothing for no amount, and an unknown currency code as it is', () => {
    expect(formatMoney(undefined, 'CNY', 'en')).toBe('');
    expect(formatMoney('5.00', 'XX', 'en')).toBe('5.00 XX');
  });
});
