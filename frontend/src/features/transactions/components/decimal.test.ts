import { describe, expect, it } from 'vitest';
import { isPositive, lineAmount, sumAmounts } from './decimal';

describe('decimal', () => {
  it('multiplies exactly and rounds half-up to cents like the server', () => {
    expect(lineAmount('3', '19.99')).toBe('59.97');
    expect(lineAmount('2.5', '1280')).toBe('3200.00');
    expect(lineAmount('3', '0.35')).toBe('1.05');
    expect(lineAmount('0.125', '0.1')).toBe('0.01');
    expect(lineAmount('0.005', '1')).toBe('0.01');
    expect(lineAmount('0.004', '1')).toBe('0.00');
    expect(lineAmount('10000000', '99999.99')).toBe('999999900000.00');
  });

  it('refuses what the server would refuse', () => {
    expect(lineAmount('-1', '5')).toBeUndefined();
    expect(lineAmount('1', '5.001')).toBeUndefined();
    expect(lineAmount('1.0001', '5')).toBeUndefined();
    expect(lineAmount('abc', '5')).toBeUndefined();
    expect(lineAmount('', '5')).toBeUndefined();
  });

  it('sums amounts and tells positive quantities', () => {
    expect(sumAmounts(['0.10', '0.20', undefined])).toBe('0.30');
    expect(sumAmounts([])).toBe('0.00');
    expect(isPositive('0')).toBe(false);
    expect(isPositive('0.001')).toBe(true);
  });
});
