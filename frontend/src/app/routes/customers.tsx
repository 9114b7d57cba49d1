import { CustomerList } from '@/features/customers/components/customer-list';
import { RequestAccessOffer } from '@/features/access-grants/components/request-access-offer';
import { RequirePermission } from '@/components/forbidden';

function CustomersPage() {
  return <CustomerList whenNothingFound={(search) => <RequestAccessOffer search={search} />} />;
}

export function Component() {
  return (
    <RequirePermission operation="listCustomers">
      <CustomersPage />
    </RequirePermission>
  );
}
