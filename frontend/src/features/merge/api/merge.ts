import { useMutation, useQuery } from '@tanstack/react-query';
import { api, bodyOf, etagOf } from '@/api/client';
import type { Customer, DuplicateList, DuplicateQuery, VersionedCustomer } from './types';

export const mergeKeys = {
  all: ['merge'] as const,
  duplicates: (query: DuplicateQuery) => ['merge', 'duplicates', query] as const,
};

export async function findDuplicates(query: DuplicateQuery): Promise<DuplicateList> {
  return bodyOf(await api.GET('/api/v1/customers/duplicates', { params: { query } }));
}

/** The values worth comparing: a name of 2+ characters, a credit code, a phone, an email. */
function comparable(query: DuplicateQuery): DuplicateQuery | undefined {
  const trimmed: DuplicateQuery = {};
  const name = query.name?.trim();
  if (name && name.length >= 2) trimmed.name = name;
  for (const key of ['creditCode', 'phone', 'email'] as const) {
    const value = query[key]?.trim();
    if (value) trimmed[key] = value;
  }
  if (Object.keys(trimmed).length === 0) return undefined;
  if (query.kind) trimmed.kind = query.kind;
  return trimmed;
}

/** Likely duplicates of what is being typed (pass an already debounced query). */
export function useDuplicates(query: DuplicateQuery) {
  const probe = comparable(query);
  return useQuery({
    queryKey: mergeKeys.duplicates(probe ?? {}),
    queryFn: () => findDuplicates(probe!),
    enabled: probe !== undefined,
  });
}

/** The archive with exactly this archive number among those the caller may see, if any. */
export async function findByArchiveNo(archiveNo: string): Promise<Customer | undefined> {
  const wanted = archiveNo.trim().toUpperCase();
  const page = bodyOf(
    await api.GET('/api/v1/customers', { params: { query: { q: wanted, limit: 10 } } }),
  );
  return page.items.find((c) => c.archiveNo.toUpperCase() === wanted);
}

export async function mergeCustomer({
  id,
  etag,
  sourceId,
  reason,
}: {
  id: string;
  etag: string;
  sourceId: string;
  reason: string;
}): Promise<VersionedCustomer> {
  const result = await api.POST('/api/v1/customers/{id}/merge', {
    params: { path: { id }, header: { 'If-Match': etag } },
    body: { sourceId, reason },
  });
  return { customer: bodyOf(result), etag: etagOf(result.response) };
}

export const useMergeCustomer = () => useMutation({ mutationFn: mergeCustomer });
