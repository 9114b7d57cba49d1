import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { renderWithApp, rep1 } from '@/test/render';
import { RequirePermission } from './forbidden';

beforeEach(async () => {
  await changeLanguage('zh-CN');
});

describe('RequirePermission', () => {
  it('shows a 403 result instead of the page when /me lacks the operation', () => {
    renderWithApp(
      <RequirePermission operation="listAuditEvents">
        <div>audit page</div>
      </RequirePermission>,
      { me: rep1 },
    );
    expect(screen.getByText('无权访问')).toBeInTheDocument();
    expect(screen.queryByText('audit page')).not.toBeInTheDocument();
  });

  it('renders the page when /me lists the operation', () => {
    renderWithApp(
      <RequirePermission operation="listCustomers">
        <div>customer page</div>
      </RequirePermission>,
      { me: rep1 },
    );
    expect(screen.getByText('customer page')).toBeInTheDocument();
  });
});
