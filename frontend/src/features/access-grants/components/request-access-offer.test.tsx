import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import type { Me } from '@/lib/me';
import { json, problem, stubFetch } from '@/test/fetch';
import { renderWithApp, rep1 } from '@/test/render';
import { RequestAccessOffer } from './request-access-offer';

const rep2: Me = {
  ...rep1,
  id: '00000000-0000-4000-8000-000000000006',
  username: 'rep2',
  teams: ['west-team'],
  permissions: [...rep1.permissions, 'listAccessGrants', 'requestAccessGrant', 'revokeAccessGrant'],
};

const ARCHIVE_NO = 'KH-2026-000001';

beforeEach(async () => {
  await changeLanguage('zh-CN');
});

async function openModal() {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: /申请查阅/ }));
  return user;
}

describe('RequestAccessOffer', () => {
  it('is offered only for an exact archive number and with the permission', () => {
    const { unmount } = renderWithApp(<RequestAccessOffer search="KH-2026" />, { me: rep2 });
    expect(screen.queryByTestId('request-access-offer')).not.toBeInTheDocument();
    unmount();
    renderWithApp(<RequestAccessOffer search={ARCHIVE_NO} />, { me: rep1 });
    expect(screen.queryByTestId('request-access-offer')).not.toBeInTheDocument();
  });

  it('sends the archive number, the reason and the chosen duration', async () => {
    const server = stubFetch(() =>
      json(
        {
          id: '0b8e6a3c-2f4d-4c1b-9e7a-5d3c2b1a0f99',
          customerId: '6f1c1c9e-5a43-4a53-9d59-2f3c1b0e7a11',
          granteeId: rep2.id,
          reason: '客户来电投诉，需要核对合同联系人。',
          durationHours: 72,
          status: 'PENDING',
          requestedAt: '2026-11-23T10:00:00+08:00',
        },
        { status: 201 },
      ),
    );
    renderWithApp(<RequestAccessOffer search={ARCHIVE_NO} />, { me: rep2 });
    const user = await openModal();
    await user.click(screen.getByLabelText('申请理由'));
    await user.paste('客户来电投诉，需要核对合同联系人。');
    await user.click(screen.getByRole('button', { name: '3 天' }));
    await user.click(screen.getByRole('button', { name: /提交申请/ }));

    await waitFor(() => expect(server.requests()).toHaveLength(1));
    const request = server.requests()[0];
    expect(request.method).toBe('POST');
    expect(new URL(request.url).pathname).toBe('/api/v1/access-grants');
    expect(await request.clone().json()).toEqual({
      archiveNo: ARCHIVE_NO,
      reason: '客户来电投诉，需要核对合同联系人。',
      durationHours: 72,
    });
    expect(await screen.findByText('查阅申请已提交，请等待审批')).toBeInTheDocument();
  });

  it('shows a reason error next to the field and says when no such archive exists', async () => {
    let answer = problem(400, {
      errors: [{ field: 'reason', code: 'reason.notASentence', message: 'Not a sentence.' }],
    });
    stubFetch(() => answer);
    renderWithApp(<RequestAccessOffer search={ARCHIVE_NO} />, { me: rep2 });
    const user = await openModal();
    await user.click(screen.getByLabelText('申请理由'));
    await user.paste('aaaaaaaaaaaa');
    await user.click(screen.getByRole('button', { name: /提交申请/ }));

    const message = await screen.findByText('请用一句完整的话说明理由（至少 5 个不同的字）');
    expect(message.closest('.ant-form-item')).toContainElement(screen.getByLabelText('申请理由'));

    answer = problem(404);
    await user.click(screen.getByRole('button', { name: /提交申请/ }));
    expect(await screen.findByText(`没有档案编号为 ${ARCHIVE_NO} 的客户`)).toBeInTheDocument();
  });
});
