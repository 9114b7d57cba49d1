import { CustomerList } from '@/features/customers/components/customer-list';
import { RequestAccessOffer } from '@/features/access-grants/components/request-access-offer';
import { SavedFiltersMenu } from '@/features/saved-filters/components/saved-filters-menu';
import { RequirePermission } from '@/components/forbidden';

function CustomersPage() {
  return (
    <CustomerList
      toolbar={<SavedFiltersMenu />}
      whenNothingFound={(search) => <RequestAccessOffer search={search} />}
    />
  );
}

export function Component() {
  return (
    <RequirePermission operation="listCustomers">
      <CustomersPage />
    </RequirePermission>
  );
}
