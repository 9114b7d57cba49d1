import { CustomerList } from '@/features/customers/components/customer-list';
import { RequirePermission } from '@/components/forbidden';

function CustomersPage() {
  return <CustomerList />;
}

export function Component() {
  return (
    <RequirePermission operation="listCustomers">
      <CustomersPage />
    </RequirePermission>
  );
}
