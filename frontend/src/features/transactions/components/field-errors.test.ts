import { describe, expect, it } from 'vitest';
import { ProblemError } from '@/api/problem-error';
import { i18n } from '@/lib/i18n';
import { formFieldErrors, namePathOf } from './field-errors';

describe('field errors', () => {
  it('turns server field paths into form name paths', () => {
    expect(namePathOf('lineItems[1].unitPrice')).toEqual(['lineItems', 1, 'unitPrice']);
    expect(namePathOf('amount')).toEqual(['amount']);
  });

  it('places translated errors on the fields the form shows only', async () => {
    await i18n.changeLanguage('en');
    const error = new ProblemError({
      type: 'https://dossier.app/problems/validation',
      title: 'Invalid request',
      status: 400,
      errors: [
        { field: 'lineItems[0].productId', code: 'productId.inactive', message: 'x' },
        { field: 'number', code: 'number.unheardOf', message: 'Server words' },
        { field: 'somethingElse', code: 'y', message: 'z' },
      ],
    });
    const fields = formFieldErrors(error, i18n.t, (path) => path[0] !== 'somethingElse');
    expect(fields).toEqual([
      { name: ['lineItems', 0, 'productId'], errors: ['This product is withdrawn'] },
      { name: ['number'], errors: ['Server words'] },
    ]);
  });
});
