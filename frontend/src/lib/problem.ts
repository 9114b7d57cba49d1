import type { TFunction } from 'i18next';
import { isProblem } from '@/api/problem-error';

/**
 * Statuses whose meaning the app says in the user's language: the server's `detail` adds nothing
 * a user can act on (and must not hint whether an out-of-scope archive exists).
 */
const OWN_WORDS = new Set([401, 403, 404, 412, 428, 429, 500]);

/** A message for any error: the app's own words for generic statuses, else the server's `detail`. */
export function problemMessage(error: unknown, t: TFunction): string {
  if (isProblem(error)) {
    const own = OWN_WORDS.has(error.status)
      ? t(`problem.${error.status}`, { defaultValue: '' })
      : '';
    if (own) return own;
    if (error.detail) return error.detail;
    const known = t(`problem.${error.status}`, { defaultValue: '' });
    return known || error.title;
  }
  if (error instanceof TypeError) return t('problem.network');
  return error instanceof Error ? error.message : String(error);
}

export type FieldProblem<F extends string = string> = { name: F; errors: string[] };

/**
 * The problem's per-field errors as form field entries (for antd `form.setFields`), limited to
 * the fields the form shows; a known `code` is translated, otherwise the server's message is used.
 */
export function fieldProblems<F extends string>(
  error: unknown,
  t: TFunction,
  formFields: readonly F[],
): FieldProblem<F>[] {
  if (!isProblem(error)) return [];
  const byField = new Map<F, string[]>();
  for (const e of error.errors) {
    const field = formFieldOf(e.field, formFields);
    if (!field) continue;
    const text = e.code ? t(`fieldErrors.${e.code}`, { defaultValue: e.message }) : e.message;
    byField.set(field, [...(byField.get(field) ?? []), text]);
  }
  return [...byField].map(([name, errors]) => ({ name, errors }));
}

/** `creditCode`, `body.creditCode` or `createCustomer.body.creditCode` → `creditCode`. */
function formFieldOf<F extends string>(path: string, formFields: readonly F[]): F | undefined {
  if ((formFields as readonly string[]).includes(path)) return path as F;
  const last = path.split('.').pop() ?? '';
  return (formFields as readonly string[]).includes(last) ? (last as F) : undefined;
}
