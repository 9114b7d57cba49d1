import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { renderWithApp, supervisor } from '@/test/render';
import type { ProfileTemplate } from '@/lib/profile-templates';
import type { Customer } from '../api/types';
import { CustomerProfile } from './customer-profile';

const customer = (status: Customer['status']): Customer => ({
  id: '6f1c1c9e-5a43-4a53-9d59-2f3c1b0e7a11',
  archiveNo: 'KH-2026-000123',
  kind: 'ORGANIZATION',
  name: '上海建投贸易有限公司',
  status,
  team: 'east-team',
  version: 3,
  createdAt: '2026-11-23T09:30:00+08:00',
  updatedAt: '2026-11-23T10:02:11+08:00',
});

const show = (status: Customer['status'], options = {}) =>
  renderWithApp(
    <CustomerProfile versioned={{ customer: customer(status), etag: '"3"' }} onReload={() => {}} />,
    options,
  );

beforeEach(async () => {
  await changeLanguage('zh-CN');
});

describe('CustomerProfile', () => {
  it('offers editing a draft, but archiving only to those /me allows', () => {
    show('DRAFT');
    expect(screen.getByRole('button', { name: /编\s*辑/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /归\s*档/ })).not.toBeInTheDocument();
    expect(screen.queryByTestId('not-editable-hint')).not.toBeInTheDocument();
  });

  it('offers archiving to a supervisor, but no editing while the archive awaits approval', () => {
    show('PENDING_APPROVAL', { me: supervisor });
    expect(screen.queryByRole('button', { name: /编\s*辑/ })).not.toBeInTheDocument();
    expect(screen.getByTestId('not-editable-hint')).toHaveTextContent('待审批');
    expect(screen.getByRole('button', { name: /归\s*档/ })).toBeInTheDocument();
  });

  it('does not offer editing an approved archive and points to a correction', () => {
    show('APPROVED');
    expect(screen.queryByRole('button', { name: /编\s*辑/ })).not.toBeInTheDocument();
    expect(screen.getByTestId('not-editable-hint')).toHaveTextContent('提交更正');
  });

  it('does not offer editing an archived archive and says to restore it first', () => {
    show('ARCHIVED', { me: supervisor });
    expect(screen.queryByRole('button', { name: /编\s*辑/ })).not.toBeInTheDocument();
    expect(screen.getByTestId('not-editable-hint')).toHaveTextContent('先恢复');
    expect(screen.getByRole('button', { name: /恢\s*复/ })).toBeInTheDocument();
  });
});

describe('CustomerProfile sections', () => {
  const hotel: ProfileTemplate = {
    id: 'b5e1e7c0-7d3a-4c1e-9f00-000000000002',
    name: '宾客个性化档案',
    nameEn: 'Hotel guest preferences',
    customerKind: 'INDIVIDUAL',
    active: true,
    version: 0,
    createdAt: '2026-11-23T09:30:00+08:00',
    updatedAt: '2026-11-23T09:30:00+08:00',
    fields: [
      {
        key: 'drinks',
        labelZh: '茶叶、咖啡、酒类',
        labelEn: 'Drinks',
        type: 'MULTI_CHOICE',
        required: false,
        options: [
          { value: 'COFFEE', labelZh: '咖啡', labelEn: 'Coffee' },
          { value: 'RED_WINE', labelZh: '红酒', labelEn: 'Red wine' },
        ],
      },
      {
        key: 'roomTemperature',
        labelZh: '空调温度(℃)',
        labelEn: 'Room temperature',
        type: 'NUMBER',
        required: false,
      },
    ],
  };
  const guest: Customer = {
    ...customer('DRAFT'),
    kind: 'INDIVIDUAL',
    name: '沈佳琪',
    gender: 'FEMALE',
    idType: 'RESIDENT_ID',
    idNumber: '11010519491231002X',
    incomeBand: 'ABOVE_50K',
    greetingDates: [{ label: '结婚纪念日', date: '2012-10-01' }],
    profileTemplateIds: [hotel.id],
    customFields: { drinks: ['COFFEE', 'RED_WINE'], roomTemperature: 24 },
  };

  it('shows the individual fields with their labels and the template values', () => {
    renderWithApp(
      <CustomerProfile
        versioned={{ customer: guest, etag: '"3"' }}
        onReload={() => {}}
        templates={[hotel]}
      />,
    );
    const personal = screen.getByTestId('profile-individual');
    expect(personal).toHaveTextContent('女');
    expect(personal).toHaveTextContent('居民身份证');
    expect(personal).toHaveTextContent('11010519491231002X');
    expect(personal).toHaveTextContent('50000元以上');
    expect(personal).toHaveTextContent('结婚纪念日 2012-10-01');
    expect(screen.queryByTestId('profile-registration')).not.toBeInTheDocument();
    const values = screen.getByTestId(`template-values-${hotel.id}`);
    expect(values).toHaveTextContent('宾客个性化档案');
    expect(values).toHaveTextContent('咖啡、红酒');
    expect(values).toHaveTextContent('24');
  });

  it('shows an organisation its registration and finance, money with its currency', async () => {
    await changeLanguage('en');
    renderWithApp(
      <CustomerProfile
        versioned={{
          customer: {
            ...customer('DRAFT'),
            legalRepresentative: '陈建国',
            registeredCapital: { amount: '50000000.00', currency: 'CNY' },
            area: 'EAST',
          },
          etag: '"3"',
        }}
        onReload={() => {}}
      />,
    );
    expect(screen.getByTestId('profile-registration')).toHaveTextContent('陈建国');
    expect(screen.getByTestId('profile-registration')).toHaveTextContent('50,000,000.00 CNY');
    expect(screen.getByTestId('profile-contact')).toHaveTextContent('East');
    expect(screen.queryByTestId('profile-individual')).not.toBeInTheDocument();
  });
});
