import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { renderWithApp, supervisor } from '@/test/render';
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
