import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '@/api/client';
import { lifecycleKeys } from './keys';
import type { CustomerPage, Review, ReviewCreate, ReviewPage } from './types';

export async function listDueReviews(withinDays: number, cursor?: string): Promise<CustomerPage> {
  return bodyOf(
    await api.GET('/api/v1/reviews/due', {
      params: { query: { withinDays, limit: 20, ...(cursor ? { cursor } : {}) } },
    }),
  );
}

export function useDueReviews(withinDays: number, cursor?: string) {
  return useQuery({
    queryKey: lifecycleKeys.due(withinDays, cursor),
    queryFn: () => listDueReviews(withinDays, cursor),
    placeholderData: keepPreviousData,
  });
}

export async function listCustomerReviews(id: string): Promise<ReviewPage> {
  return bodyOf(
    await api.GET('/api/v1/customers/{id}/reviews', {
      params: { path: { id }, query: { limit: 20 } },
    }),
  );
}

export function useCustomerReviews(id: string) {
  return useQuery({
    queryKey: lifecycleKeys.customerReviews(id),
    queryFn: () => listCustomerReviews(id),
  });
}

export async function recordReview({
  customerId,
  review,
}: {
  customerId: string;
  review: ReviewCreate;
}): Promise<Review> {
  return bodyOf(
    await api.POST('/api/v1/customers/{id}/reviews', {
      params: { path: { id: customerId } },
      body: review,
    }),
  );
}

export function useRecordReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordReview,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: lifecycleKeys.reviews() }),
  });
}
