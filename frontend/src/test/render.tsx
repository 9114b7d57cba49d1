import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { AppProvider } from '@/app/provider';
import { setUserForTesting, type AuthUser } from '@/lib/auth';

export const rep1: AuthUser = {
  id: '00000000-0000-4000-8000-000000000005',
  username: 'rep1',
  name: '李明',
  roles: ['sales-rep'],
  teams: ['east-team'],
};

/** Renders inside the real providers (antd, i18n, a fresh query cache) and a memory router. */
export function renderWithApp(
  ui: ReactElement,
  { path = '/', route = '/', user = rep1 }: { path?: string; route?: string; user?: AuthUser } = {},
) {
  setUserForTesting(user);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } },
  });
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
