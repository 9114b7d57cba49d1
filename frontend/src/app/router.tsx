import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { AppLayout } from '@/components/layouts/app-layout';
import { paths } from '@/config/paths';

// Screens are loaded on demand; the layout (header) is part of the entry chunk.
const router = createBrowserRouter([
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to={paths.customers()} replace /> },
      { path: 'customers', lazy: () => import('./routes/customers') },
      { path: 'customers/new', lazy: () => import('./routes/customer-new') },
      { path: 'customers/:id', lazy: () => import('./routes/customer-detail') },
      { path: 'customers/:id/edit', lazy: () => import('./routes/customer-edit') },
      { path: '*', lazy: () => import('./routes/not-found') },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
