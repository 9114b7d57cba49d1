import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, bodyOf } from '@/api/client';
import type { TimelinePage } from './types';

export const TIMELINE_PAGE_SIZE = 20;

export const timelineKeys = {
  all: ['timeline'] as const,
  customer: (customerId: string, kinds: string[]) =>
    [...timelineKeys.all, customerId, kinds.join(',')] as const,
};

export async function listTimeline(
  customerId: string,
  kinds: string[],
  cursor?: string,
): Promise<TimelinePage> {
  return bodyOf(
    await api.GET('/api/v1/customers/{id}/timeline', {
      params: {
        path: { id: customerId },
        query: {
          limit: TIMELINE_PAGE_SIZE,
          ...(kinds.length ? { kinds } : {}),
          ...(cursor ? { cursor } : {}),
        },
      },
    }),
  );
}

/** The timeline, newest first, one page more on each fetchNextPage ("load more"). */
export function useTimeline(customerId: string, kinds: string[]) {
  const queryClient = useQueryClient();
  // Any change made on the page (by any feature) may have added to the timeline.
  useEffect(
    () =>
      queryClient.getMutationCache().subscribe((event) => {
        if (event.type === 'updated' && event.action.type === 'success') {
          void queryClient.invalidateQueries({ queryKey: timelineKeys.all });
        }
      }),
    [queryClient],
  );
  return useInfiniteQuery({
    queryKey: timelineKeys.customer(customerId, kinds),
    queryFn: ({ pageParam }) => listTimeline(customerId, kinds, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // Changes made elsewhere (the edit page, another user) show as soon as the page is opened.
    staleTime: 0,
  });
}
