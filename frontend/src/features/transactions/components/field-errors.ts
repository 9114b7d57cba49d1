import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { isProblem } from '@/api/problem-error';

export type NamePath = (string | number)[];

/** `lineItems[0].unitPrice` → `['lineItems', 0, 'unitPrice']`, the antd Form.List path. */
export function namePathOf(field: string): NamePath {
  const path: NamePath = [];
  for (const part of field.split('.')) {
    const match = /^([^[]+)((?:\[\d+])*)$/.exec(part);
    if (!match) return [field];
    path.push(match[1]);
    for (const index of match[2].matchAll(/\[(\d+)]/g)) path.push(Number(index[1]));
  }
  return path;
}

/**
 * The problem's field errors placed on the form's fields (translated by code under
 * `transactions.fieldErrors`, else the server's message); errors of fields the form does not
 * show are left for the alert.
 */
export function formFieldErrors<Values>(
  error: unknown,
  t: TFunction,
  shown: (path: NamePath) => boolean,
): Parameters<FormInstance<Values>['setFields']>[0] {
  if (!isProblem(error)) return [];
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  for (const e of error.errors) {
    const name = namePathOf(e.field);
    if (!shown(name)) continue;
    const text = e.code
      ? t(`transactions.fieldErrors.${e.code}`, { defaultValue: e.message })
      : e.message;
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(text);
    byField.set(key, entry);
  }
  return [...byField.values()] as unknown as Parameters<FormInstance<Values>['setFields']>[0];
}
