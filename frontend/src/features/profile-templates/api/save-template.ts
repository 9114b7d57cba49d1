import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf, etagOf } from '@/api/client';
import type { components } from '@/api/generated/schema';
import { getProfileTemplate, profileTemplateKeys } from '@/lib/profile-templates';

export type ProfileTemplateCreate = components['schemas']['ProfileTemplateCreate'];
export type ProfileTemplatePatch = components['schemas']['ProfileTemplatePatch'];

export async function createProfileTemplate(body: ProfileTemplateCreate) {
  const result = await api.POST('/api/v1/profile-templates', { body });
  return { template: bodyOf(result), etag: etagOf(result.response) };
}

export async function updateProfileTemplate(input: {
  id: string;
  etag: string;
  patch: ProfileTemplatePatch;
}) {
  const result = await api.PATCH('/api/v1/profile-templates/{templateId}', {
    params: { path: { templateId: input.id }, header: { 'If-Match': input.etag } },
    body: input.patch,
    headers: { 'Content-Type': 'application/merge-patch+json' },
  });
  return { template: bodyOf(result), etag: etagOf(result.response) };
}

/** Reads a template afresh with its ETag, for editing. */
export const readForEditing = getProfileTemplate;

export function useSaveProfileTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (
      input:
        | { mode: 'create'; body: ProfileTemplateCreate }
        | { mode: 'edit'; id: string; etag: string; patch: ProfileTemplatePatch },
    ) =>
      input.mode === 'create' ? createProfileTemplate(input.body) : updateProfileTemplate(input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: profileTemplateKeys.all }),
  });
}
