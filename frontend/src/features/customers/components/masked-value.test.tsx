import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { rep1, renderWithApp } from '@/test/render';
import type { Customer } from '../api/types';
import { CustomerProfile } from './customer-profile';

const guest: Customer = {
  id: '6f1c1c9e-5a43-4a53-9d59-2f3c1b0e7a11',
  archiveNo: 'KH-2026-000123',
  kind: 'INDIVIDUAL',
  name: '沈佳琪',
  status: 'DRAFT',
  version: 3,
  createdAt: '2026-11-23T09:30:00+08:00',
  updatedAt: '2026-11-23T10:02:11+08:00',
  idType: 'RESIDENT_ID',
  idNumber: '1101**********002X',
  personalPhone: '138****8000',
  employer: '上海市第一人民医院',
};

const archivist = { ...rep1, roles: ['archivist'], seesSensitiveFields: false };

const show = (me = archivist) =>
  renderWithApp(
    <CustomerProfile versioned={{ customer: guest, etag: '"3"' }} onReload={() => {}} />,
    { me },
  );

beforeEach(async () => {
  await changeLanguage('zh-CN');
});

describe('masked sensitive fields', () => {
  it('marks the masked values with a lock for a role that does not see them', () => {
    show();
    const personal = screen.getByTestId('profile-individual');
    const masked = within(personal).getAllByTestId('masked-value');
    expect(masked.map((m) => m.textContent)).toEqual(['1101**********002X', '138****8000']);
    expect(within(personal).getAllByLabelText('因您的角色权限，此信息已脱敏')).toHaveLength(2);
    // Other fields are shown as they are.
    expect(personal).toHaveTextContent('上海市第一人民医院');
  });

  it('says so in English too', async () => {
    await changeLanguage('en');
    show();
    expect(screen.getAllByLabelText('Masked for your role')).toHaveLength(2);
  });

  it('shows no lock to a role that sees the fields', () => {
    show({ ...rep1, seesSensitiveFields: true });
    expect(screen.queryByTestId('masked-value')).not.toBeInTheDocument();
  });
});
