import { RequirePermission } from '@/components/forbidden';
import { ReviewsDueList } from '@/features/lifecycle/components/reviews-due-list';

export function Component() {
  return (
    <RequirePermission operation="listDueReviews">
      <ReviewsDueList />
    </RequirePermission>
  );
}
