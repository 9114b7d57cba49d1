import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '@/api/client';
import type { components } from '@/api/generated/schema';

export type ImportJob = components['schemas']['ImportJob'];
export type ImportRowError = components['schemas']['ImportRowError'];

export const importKeys = {
  all: ['imports'] as const,
  list: () => [...importKeys.all, 'list'] as const,
  job: (id: string) => [...importKeys.all, 'job', id] as const,
};

/** A job whose status still moves on its own: the page polls it. */
export const isRunning = (job: Pick<ImportJob, 'status'> | undefined) =>
  job?.status === 'VALIDATING' || job?.status === 'COMMITTING';

export function useImports() {
  return useQuery({
    queryKey: importKeys.list(),
    queryFn: async () =>
      bodyOf(await api.GET('/api/v1/imports', { params: { query: { limit: 20 } } })),
    placeholderData: keepPreviousData,
  });
}

export function useImportJob(id: string | undefined, pollMs = 700) {
  return useQuery({
    queryKey: importKeys.job(id ?? ''),
    enabled: !!id,
    queryFn: async () =>
      bodyOf(
        await api.GET('/api/v1/imports/{importId}', {
          params: { path: { importId: id as string } },
        }),
      ),
    refetchInterval: (query) => (isRunning(query.state.data) ? pollMs : false),
  });
}

/** Multipart bodies go out as FormData; fetch sets the boundary. */
export async function uploadImport(file: File): Promise<ImportJob> {
  const form = new FormData();
  form.append('file', file, file.name);
  return bodyOf(
    await api.POST('/api/v1/imports', { body: {} as never, bodySerializer: () => form }),
  );
}

export function useUploadImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: uploadImport,
    onSuccess: (job) => {
      client.setQueryData(importKeys.job(job.id), job);
      void client.invalidateQueries({ queryKey: importKeys.list() });
    },
  });
}

export function useImportAction(action: 'commit' | 'revert') {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      bodyOf(
        action === 'commit'
          ? await api.POST('/api/v1/imports/{importId}/commit', {
              params: { path: { importId: id } },
            })
          : await api.POST('/api/v1/imports/{importId}/revert', {
              params: { path: { importId: id } },
            }),
      ),
    onSuccess: (job) => {
      client.setQueryData(importKeys.job(job.id), job);
      void client.invalidateQueries({ queryKey: importKeys.list() });
      void client.invalidateQueries({ queryKey: ['customers'] });
    },
    onError: (_error, id) => {
      void client.invalidateQueries({ queryKey: importKeys.job(id) });
    },
  });
}

function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Downloads with the caller's token (a plain link could not carry it). */
export async function downloadTemplate(format: 'xlsx' | 'csv'): Promise<void> {
  const result = await api.GET('/api/v1/imports/template', {
    params: { query: { format } },
    parseAs: 'blob',
    headers: { Accept: '*/*' },
  });
  saveBlob(result.data as unknown as Blob, `customer-import-template.${format}`);
}

export async function downloadErrors(id: string): Promise<void> {
  const result = await api.GET('/api/v1/imports/{importId}/errors', {
    params: { path: { importId: id } },
    parseAs: 'blob',
    headers: { Accept: '*/*' },
  });
  saveBlob(result.data as unknown as Blob, `import-errors-${id}.xlsx`);
}
