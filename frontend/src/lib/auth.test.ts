import { describe, expect, it } from 'vitest';
import { userFromClaims } from './auth';
import { isAllowed } from './permissions';

describe('userFromClaims', () => {
  it('reads name, product roles and teams from a Keycloak token', () => {
    expect(
      userFromClaims({
        sub: '00000000-0000-4000-8000-000000000005',
        preferred_username: 'rep1',
        given_name: '明',
        family_name: '李',
        realm_access: { roles: ['sales-rep', 'offline_access', 'default-roles-dossier'] },
        groups: ['east-team'],
      }),
    ).toEqual({
      id: '00000000-0000-4000-8000-000000000005',
      username: 'rep1',
      name: '李明',
      roles: ['sales-rep'],
      teams: ['east-team'],
    });
  });

  it('is nobody without a subject', () => {
    expect(userFromClaims(undefined)).toBeNull();
  });
});

describe('isAllowed', () => {
  it('follows x-required-roles of the contract', () => {
    expect(isAllowed('createCustomer', ['sales-rep'])).toBe(true);
    expect(isAllowed('createCustomer', ['service-agent'])).toBe(false);
    expect(isAllowed('archiveCustomer', ['sales-rep'])).toBe(false);
    expect(isAllowed('archiveCustomer', ['sales-rep', 'supervisor'])).toBe(true);
    expect(isAllowed('listCustomers', ['auditor'])).toBe(false);
  });
});
