import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppLayout } from '@/components/layouts/app-layout';

// Screens are loaded on demand; the layout (header) is part of the entry chunk.
const router = createBrowserRouter([
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, lazy: () => import('./routes/home') },
      { path: 'customers', lazy: () => import('./routes/customers') },
      { path: 'customers/new', lazy: () => import('./routes/customer-new') },
      { path: 'customers/:id', lazy: () => import('./routes/customer-detail') },
      { path: 'customers/:id/edit', lazy: () => import('./routes/customer-edit') },
      { path: 'audit-events', lazy: () => import('./routes/audit-events') },
      { path: 'access-log', lazy: () => import('./routes/access-log') },
      { path: 'access-grants', lazy: () => import('./routes/access-grants') },
      { path: 'products', lazy: () => import('./routes/products') },
      { path: 'approvals', lazy: () => import('./routes/approvals') },
      { path: 'reviews', lazy: () => import('./routes/reviews-due') },
      { path: 'transfer', lazy: () => import('./routes/transfer') },
      { path: 'profile-templates', lazy: () => import('./routes/profile-templates') },
      { path: 'documents/expiring', lazy: () => import('./routes/expiring-documents') },
      { path: 'imports', lazy: () => import('./routes/imports') },
      { path: '*', lazy: () => import('./routes/not-found') },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
