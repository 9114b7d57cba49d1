import { CustomerList } from '@/features/customers/components/customer-list';

export function Component() {
  return <CustomerList />;
}
