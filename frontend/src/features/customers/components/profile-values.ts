import dayjs, { type Dayjs } from 'dayjs';
import type { ProfileTemplate, ProfileTemplateField } from '@/lib/profile-templates';
import type { Customer, CustomerCreate, CustomerKind, CustomerPatch } from '../api/types';
import { ALL_PROFILE_FIELDS, fitsKind, type ProfileFieldDef } from './profile-fields';

type Money = { amount?: string; currency?: string };
type GreetingRow = { label?: string; date?: Dayjs | null };

/** What the form holds: dates as dayjs, money as its two parts, custom values by key. */
export type CustomerFormValues = { kind: CustomerKind } & Record<string, unknown>;

const DAY = 'YYYY-MM-DD';

/** The fields of the applied templates, in template then field order. */
export function appliedFields(
  templates: ProfileTemplate[],
  ids: readonly string[] | undefined,
): ProfileTemplateField[] {
  const seen = new Set<string>();
  const fields: ProfileTemplateField[] = [];
  for (const id of ids ?? []) {
    const template = templates.find((t) => t.id === id);
    for (const field of template?.fields ?? []) {
      if (!seen.has(field.key)) {
        seen.add(field.key);
        fields.push(field);
      }
    }
  }
  return fields;
}

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && !v.trim());

function normalise(def: ProfileFieldDef, value: unknown): unknown {
  switch (def.input) {
    case 'date':
      return blank(value) ? null : dayjs.isDayjs(value) ? value.format(DAY) : String(value);
    case 'decimal':
    case 'integer':
      return typeof value === 'number' ? value : null;
    case 'money': {
      const money = value as Money | null | undefined;
      return !money || blank(money.amount)
        ? null
        : { amount: String(money.amount).trim(), currency: money.currency || 'CNY' };
    }
    case 'greetingDates':
      return ((value as GreetingRow[] | null | undefined) ?? [])
        .filter((row) => row && !blank(row.label) && !blank(row.date))
        .map((row) => ({
          label: String(row.label).trim(),
          date: dayjs.isDayjs(row.date) ? row.date.format(DAY) : String(row.date),
        }));
    case 'enum':
      return blank(value) ? null : value;
    default: {
      if (blank(value)) return null;
      const trimmed = String(value).trim();
      return def.name === 'creditCode' ? trimmed.toUpperCase() : trimmed;
    }
  }
}

function normaliseCustom(field: ProfileTemplateField, value: unknown): unknown {
  if (field.type === 'MULTI_CHOICE')
    return Array.isArray(value) && value.length > 0 ? [...value] : null;
  if (field.type === 'NUMBER') return typeof value === 'number' ? value : null;
  if (field.type === 'DATE')
    return blank(value) ? null : dayjs.isDayjs(value) ? value.format(DAY) : String(value);
  if (blank(value)) return null;
  return field.type === 'TEXT' ? String(value).trim() : value;
}

/** Every value the customer's kind has, normalised as the server returns it. */
function payloadOf(
  values: Record<string, unknown>,
  kind: CustomerKind,
  templates: ProfileTemplate[],
  fromForm: boolean,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const def of ALL_PROFILE_FIELDS) {
    if (!fitsKind(def.scope, kind)) continue;
    out[def.name] = fromForm ? normalise(def, values[def.name]) : fromServer(def, values[def.name]);
  }
  const ids = (values.profileTemplateIds as string[] | undefined) ?? [];
  out.profileTemplateIds = [...ids];
  const custom = (values.customFields as Record<string, unknown> | undefined) ?? {};
  const customOut: Record<string, unknown> = {};
  for (const field of appliedFields(templates, ids)) {
    customOut[field.key] = normaliseCustom(field, custom[field.key]);
  }
  out.customFields = customOut;
  return out;
}

function fromServer(def: ProfileFieldDef, value: unknown): unknown {
  if (def.input === 'greetingDates') return (value as unknown[] | undefined) ?? [];
  return value === undefined || value === '' ? null : value;
}

/** Form values of an archive (or of a new one). */
export function toFormValues(customer?: Customer): CustomerFormValues {
  if (!customer) return { kind: 'ORGANIZATION', profileTemplateIds: [], customFields: {} };
  const values: CustomerFormValues = {
    kind: customer.kind,
    profileTemplateIds: customer.profileTemplateIds ?? [],
    customFields: {},
  };
  for (const def of ALL_PROFILE_FIELDS) {
    const value = customer[def.name as keyof Customer];
    if (def.input === 'date') values[def.name] = value ? dayjs(value as string) : null;
    else if (def.input === 'greetingDates')
      values.greetingDates = (customer.greetingDates ?? []).map((g) => ({
        label: g.label,
        date: dayjs(g.date),
      }));
    else if (def.input === 'money')
      values[def.name] = value ?? { amount: undefined, currency: 'CNY' };
    else values[def.name] = value ?? (def.input === 'text' || def.input === 'textarea' ? '' : null);
  }
  const custom: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(customer.customFields ?? {})) {
    custom[key] =
      typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? dayjs(value) : value;
  }
  values.customFields = custom;
  return values;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A JSON Merge Patch with only the changed fields; a cleared field becomes null. */
export function diffCustomer(
  before: Customer,
  values: Record<string, unknown>,
  templates: ProfileTemplate[] = [],
): CustomerPatch {
  const now = payloadOf(values, before.kind, templates, true);
  const was = payloadOf(
    before as unknown as Record<string, unknown>,
    before.kind,
    templates,
    false,
  );
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(now)) {
    if (key === 'customFields') continue;
    if (!same(value, was[key]) && !(key === 'name' && value === null)) patch[key] = value;
  }
  const custom: Record<string, unknown> = {};
  const wasCustom = before.customFields ?? {};
  for (const [key, value] of Object.entries(now.customFields as Record<string, unknown>)) {
    if (!same(value, wasCustom[key] ?? null)) custom[key] = value;
  }
  if (Object.keys(custom).length > 0) patch.customFields = custom;
  return patch as CustomerPatch;
}

/** The create body: every given value, nothing empty. */
export function toCreate(
  values: CustomerFormValues,
  templates: ProfileTemplate[] = [],
): CustomerCreate {
  const all = payloadOf(values, values.kind, templates, true);
  const body: Record<string, unknown> = { kind: values.kind };
  for (const [key, value] of Object.entries(all)) {
    if (key === 'customFields') {
      const given = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== null);
      if (given.length > 0) body.customFields = Object.fromEntries(given);
    } else if (value !== null && !(Array.isArray(value) && value.length === 0)) {
      body[key] = value;
    }
  }
  if (!('name' in body)) body.name = '';
  return body as CustomerCreate;
}

/** A server field path (`registeredCapital.amount`, `greetingDates[0].date`) as a form name path. */
export function namePathOf(field: string): (string | number)[] {
  const path: (string | number)[] = [];
  for (const segment of field.split('.')) {
    const match = /^([^[\]]+)((?:\[\d+\])*)$/.exec(segment);
    if (!match) return [field];
    path.push(match[1]);
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) path.push(Number(index[1]));
  }
  if (path[0] === 'profileTemplateIds') return ['profileTemplateIds'];
  const def = ALL_PROFILE_FIELDS.find((d) => d.name === path[0]);
  if (def?.input === 'money' && path.length === 1) return [path[0], 'amount'];
  return path;
}
