import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { AppProvider } from '@/app/provider';
import { meKeys, type Me } from '@/lib/me';

/** rep1 (sales-rep, east-team) as GET /api/v1/me describes it. */
export const rep1: Me = {
  id: '00000000-0000-4000-8000-000000000005',
  username: 'rep1',
  displayName: '李明',
  roles: ['sales-rep'],
  teams: ['east-team'],
  clientId: 'dossier-web',
  partner: false,
  seesSensitiveFields: true,
  permissions: [
    'listCustomers',
    'createCustomer',
    'getCustomer',
    'updateCustomer',
    'listContacts',
    'createContact',
    'getContact',
    'updateContact',
    'deleteContact',
    'listCustomerShares',
    'shareCustomer',
    'unshareCustomer',
    'getMe',
  ],
};

/** supervisor (east-team): also archives and restores. */
export const supervisor: Me = {
  ...rep1,
  id: '00000000-0000-4000-8000-000000000004',
  username: 'supervisor',
  displayName: '王强',
  roles: ['supervisor'],
  permissions: [...rep1.permissions, 'archiveCustomer', 'restoreCustomer'],
};

/**
 * Renders inside the real providers (antd, i18n, a fresh query cache) and a memory router, with
 * `me` already answered as the app's start-up query would have.
 */
export function renderWithApp(
  ui: ReactElement,
  { path = '/', route = '/', me = rep1 }: { path?: string; route?: string; me?: Me } = {},
) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } },
  });
  queryClient.setQueryData(meKeys.me, me);
  return render(
    <AppProvider queryClient={queryClient}>
      <MemoryRouter initialEntries={[route]}>
        <Routes>
          <Route path={path} element={ui} />
          <Route path="*" element={<div data-testid="navigated" />} />
        </Routes>
      </MemoryRouter>
    </AppProvider>,
  );
}
