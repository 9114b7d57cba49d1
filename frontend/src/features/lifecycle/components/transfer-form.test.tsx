import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { json, problem, stubFetch } from '@/test/fetch';
import { renderWithApp, supervisor } from '@/test/render';
import { TransferForm } from './transfer-form';

const me = {
  ...supervisor,
  permissions: [...supervisor.permissions, 'transferCustomers'],
} as typeof supervisor;
const REP1 = '00000000-0000-4000-8000-000000000005';
const REP3 = '00000000-0000-4000-8000-000000000012';

beforeEach(async () => {
  await changeLanguage('zh-CN');
});

async function fill(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByLabelText('原负责人（用户 ID）'));
  await user.paste(REP1);
  await user.click(screen.getByLabelText('接收人（用户 ID）'));
  await user.paste(REP3);
  await user.click(screen.getByLabelText('理由'));
  await user.paste('李明调离华东组');
  await user.click(screen.getByRole('button', { name: /移\s*交/ }));
}

// Full antd forms rendered in happy-dom take seconds on a busy machine.
describe('TransferForm', { timeout: 20_000 }, () => {
  it('hands the customers over and says how many moved', async () => {
    const fetch = stubFetch(async () =>
      json({
        id: '8c2e4f6a-1b3d-4e5f-9a7b-0c1d2e3f4a5b',
        fromOwnerId: REP1,
        toOwnerId: REP3,
        reason: '李明调离华东组',
        count: 3,
        transferredAt: '2026-11-23T15:00:00+08:00',
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<TransferForm />, { me });
    await fill(user);

    expect(await screen.findByTestId('transfer-done')).toHaveTextContent('已移交 3 位客户');
    expect(await fetch.requests()[0].json()).toEqual({
      fromOwnerId: REP1,
      toOwnerId: REP3,
      reason: '李明调离华东组',
    });
  });

  it('shows the server’s field error next to the field', async () => {
    stubFetch(async () =>
      problem(400, {
        errors: [
          {
            field: 'toOwnerId',
            code: 'toOwnerId.same',
            message: 'The new owner is the current owner.',
          },
        ],
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<TransferForm />, { me });
    await fill(user);
    await waitFor(() =>
      expect(screen.getAllByText('The new owner is the current owner.').length).toBeGreaterThan(0),
    );
    expect(screen.queryByTestId('transfer-done')).not.toBeInTheDocument();
  });
});
