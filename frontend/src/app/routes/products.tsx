import { RequirePermission } from '@/components/forbidden';
import { ProductList } from '@/features/transactions/components/product-list';

export function Component() {
  return (
    <RequirePermission operation="listProducts">
      <ProductList />
    </RequirePermission>
  );
}
