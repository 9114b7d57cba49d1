import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import type { Me } from '@/lib/me';
import { renderWithApp, rep1 } from '@/test/render';
import { MainNav } from './main-nav';

const auditor: Me = {
  id: '00000000-0000-4000-8000-000000000010',
  username: 'auditor',
  roles: ['auditor'],
  teams: [],
  partner: false,
  permissions: [
    'listAuditEvents',
    'verifyAuditChain',
    'listAccessLog',
    'listCustomerAccessLog',
    'getMe',
  ],
};

const gm: Me = {
  ...auditor,
  username: 'gm',
  roles: ['general-manager'],
  permissions: ['listCustomers', 'getCustomer', 'listAccessLog', 'listCustomerAccessLog', 'getMe'],
};

const entries = () => screen.getAllByRole('menuitem').map((item) => item.textContent);

beforeEach(async () => {
  await changeLanguage('zh-CN');
});

describe('MainNav', () => {
  it('offers the product list to those who maintain it', async () => {
    const director: Me = {
      ...gm,
      username: 'director',
      roles: ['sales-director'],
      permissions: ['listCustomers', 'listProducts', 'createProduct', 'updateProduct'],
    };
    renderWithApp(<MainNav me={director} />, { me: director });
    expect(entries()).toEqual(['客户档案', '产品管理']);
    await changeLanguage('en');
    expect(await screen.findByText('Products')).toBeInTheDocument();
  });

  it('offers the import page to those who may import', () => {
    const importer: Me = { ...rep1, permissions: [...rep1.permissions, 'createImport'] };
    renderWithApp(<MainNav me={importer} />, { me: importer });
    expect(entries()).toEqual(['客户档案', '批量导入']);
    expect(screen.getByRole('link', { name: '批量导入' })).toHaveAttribute('href', '/imports');
  });

  it('shows a sales rep only the customer archives', () => {
    renderWithApp(<MainNav me={rep1} />, { me: rep1 });
    expect(entries()).toEqual(['客户档案']);
  });

  it('shows an auditor the audit trail and the access log, not the customers', () => {
    renderWithApp(<MainNav me={auditor} />, { me: auditor });
    expect(entries()).toEqual(['审计记录', '查阅记录']);
    expect(screen.getByRole('link', { name: '审计记录' })).toHaveAttribute('href', '/audit-events');
    expect(screen.getByRole('link', { name: '查阅记录' })).toHaveAttribute('href', '/access-log');
  });

  it('shows a general manager the customers and the access log', () => {
    renderWithApp(<MainNav me={gm} />, { me: gm });
    expect(entries()).toEqual(['客户档案', '查阅记录']);
  });

  it('offers access grants to callers allowed to list them', () => {
    const rep2: Me = {
      ...rep1,
      username: 'rep2',
      permissions: [...rep1.permissions, 'listAccessGrants', 'requestAccessGrant'],
    };
    renderWithApp(<MainNav me={rep2} />, { me: rep2 });
    expect(entries()).toEqual(['客户档案', '查阅授权']);
    expect(screen.getByRole('link', { name: '查阅授权' })).toHaveAttribute(
      'href',
      '/access-grants',
    );
  });

  it('marks the current section', () => {
    renderWithApp(<MainNav me={auditor} />, {
      me: auditor,
      path: '/access-log',
      route: '/access-log',
    });
    expect(screen.getByRole('menuitem', { name: /查阅记录/ })).toHaveClass(
      'ant-menu-item-selected',
    );
  });
});
