import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, bodyOf, etagOf } from '@/api/client';
import type { components } from '@/api/generated/schema';

export type ProfileTemplate = components['schemas']['ProfileTemplate'];
export type ProfileTemplateField = components['schemas']['ProfileTemplateField'];
export type ProfileTemplateFieldType = components['schemas']['ProfileTemplateFieldType'];
export type ProfileTemplateOption = components['schemas']['ProfileTemplateOption'];
export type ProfileTemplateKind = components['schemas']['CustomerKind'];

export const PROFILE_FIELD_TYPES: ProfileTemplateFieldType[] = [
  'TEXT',
  'NUMBER',
  'DATE',
  'SINGLE_CHOICE',
  'MULTI_CHOICE',
];

/** Shared by the customer forms (which render templates) and the templates' admin screen. */
export const profileTemplateKeys = {
  all: ['profile-templates'] as const,
  list: () => [...profileTemplateKeys.all, 'list'] as const,
  detail: (id: string) => [...profileTemplateKeys.all, 'detail', id] as const,
};

export async function listProfileTemplates(): Promise<ProfileTemplate[]> {
  return bodyOf(await api.GET('/api/v1/profile-templates', {})).items;
}

export const profileTemplatesQueryOptions = () =>
  queryOptions({ queryKey: profileTemplateKeys.list(), queryFn: listProfileTemplates });

/** Every template (a company has few); callers filter by kind and `active`. */
export function useProfileTemplates() {
  return useQuery(profileTemplatesQueryOptions());
}

export async function getProfileTemplate(id: string) {
  const result = await api.GET('/api/v1/profile-templates/{templateId}', {
    params: { path: { templateId: id } },
  });
  return { template: bodyOf(result), etag: etagOf(result.response) };
}

/** The label of a template field or option in the current language. */
export const localLabel = (item: { labelZh: string; labelEn: string }, language: string) =>
  language.startsWith('en') ? item.labelEn : item.labelZh;

/** A template's name in the current language. */
export const templateName = (
  template: Pick<ProfileTemplate, 'name' | 'nameEn'>,
  language: string,
) => (language.startsWith('en') ? template.nameEn : template.name);
