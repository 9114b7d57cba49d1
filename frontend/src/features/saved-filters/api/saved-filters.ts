import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '@/api/client';
import type { components } from '@/api/generated/schema';

export type SavedFilter = components['schemas']['SavedFilter'];
export type SavedFilterCreate = components['schemas']['SavedFilterCreate'];

export const savedFilterKeys = {
  all: ['saved-filters'] as const,
  list: () => [...savedFilterKeys.all, 'list'] as const,
};

export async function listSavedFilters(): Promise<SavedFilter[]> {
  return bodyOf(await api.GET('/api/v1/saved-filters')).items;
}

export async function createSavedFilter(body: SavedFilterCreate): Promise<SavedFilter> {
  return bodyOf(await api.POST('/api/v1/saved-filters', { body }));
}

export async function deleteSavedFilter(filterId: string): Promise<void> {
  // A failed answer throws a ProblemError (client middleware).
  await api.DELETE('/api/v1/saved-filters/{filterId}', { params: { path: { filterId } } });
}

export const savedFiltersQueryOptions = () =>
  queryOptions({ queryKey: savedFilterKeys.list(), queryFn: listSavedFilters });

export function useSavedFilters(enabled: boolean) {
  return useQuery({ ...savedFiltersQueryOptions(), enabled });
}

export function useCreateSavedFilter() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createSavedFilter,
    onSuccess: () => client.invalidateQueries({ queryKey: savedFilterKeys.all }),
  });
}

export function useDeleteSavedFilter() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: deleteSavedFilter,
    onSuccess: () => client.invalidateQueries({ queryKey: savedFilterKeys.all }),
  });
}
