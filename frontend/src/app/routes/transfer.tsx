import { RequirePermission } from '@/components/forbidden';
import { TransferForm } from '@/features/lifecycle/components/transfer-form';

export function Component() {
  return (
    <RequirePermission operation="transferCustomers">
      <TransferForm />
    </RequirePermission>
  );
}
