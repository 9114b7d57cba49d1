import { describe, expect, it } from 'vitest';
import { isAllowed } from './permissions';

describe('isAllowed', () => {
  it('follows the effective permissions the server reports in /me', () => {
    const me = { permissions: ['listCustomers', 'createCustomer', 'getMe'] };
    expect(isAllowed(me, 'createCustomer')).toBe(true);
    expect(isAllowed(me, 'archiveCustomer')).toBe(false);
  });

  it('allows nothing before /me has answered', () => {
    expect(isAllowed(undefined, 'listCustomers')).toBe(false);
  });
});
