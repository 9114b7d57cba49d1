import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { json, problem, stubFetch } from '@/test/fetch';
import { rep1, renderWithApp } from '@/test/render';
import type { ImportJob } from '../api/imports';
import { ImportPage } from './import-page';

const me = {
  ...rep1,
  permissions: [
    ...rep1.permissions,
    'listImports',
    'createImport',
    'getImport',
    'getImportErrors',
    'commitImport',
    'revertImport',
    'getImportTemplate',
  ],
} as typeof rep1;

const ID = '3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b';
const job = (patch: Partial<ImportJob>): ImportJob => ({
  id: ID,
  fileName: '客户导入.csv',
  status: 'VALIDATING',
  totalRows: 3,
  processedRows: 1,
  errorCount: 0,
  customerCount: 0,
  ownerId: rep1.id,
  createdAt: '2026-11-23T07:00:00Z',
  errors: [],
  ...patch,
});

const fileInput = () => document.querySelector('input[type=file]') as HTMLInputElement;
const csv = () => new File(['客户名称/name,客户类型/kind\n'], '客户导入.csv', { type: 'text/csv' });

beforeEach(async () => {
  await changeLanguage('zh-CN');
});

describe('ImportPage', () => {
  it('uploads a file, follows the dry run and shows the row errors without a commit button', async () => {
    let polls = 0;
    const fetch = stubFetch((request) => {
      const url = new URL(request.url);
      if (request.method === 'POST' && url.pathname === '/api/v1/imports') {
        return json(job({}), { status: 202 });
      }
      if (url.pathname === `/api/v1/imports/${ID}`) {
        polls += 1;
        return json(
          polls < 2
            ? job({ processedRows: 2 })
            : job({
                status: 'VALIDATED',
                processedRows: 3,
                errorCount: 1,
                customerCount: 2,
                errors: [
                  {
                    row: 3,
                    field: 'creditCode',
                    code: 'creditCode.checkCharacter',
                    message: 'The check character is wrong.',
                  },
                ],
              }),
        );
      }
      return json({ items: [] });
    });
    const user = userEvent.setup();
    renderWithApp(<ImportPage />, { me });

    await user.upload(fileInput(), csv());
    expect(
      await screen.findByText(
        '发现 1 处错误，请下载错误清单修改后重新上传。',
        {},
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    const row = screen.getByText('The check character is wrong.').closest('tr') as HTMLElement;
    expect(within(row).getByText('3')).toBeInTheDocument();
    expect(within(row).getByText('creditCode')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /确认导入/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /下载错误清单/ })).toBeInTheDocument();
    const upload = fetch.requests().find((r) => r.method === 'POST');
    expect(upload?.url).toContain('/api/v1/imports');
    expect(polls).toBeGreaterThanOrEqual(2);
  }, 20_000);

  it('commits a valid import, then offers to revert it', async () => {
    const fetch = stubFetch((request) => {
      const url = new URL(request.url);
      if (request.method === 'POST' && url.pathname === '/api/v1/imports') {
        return json(job({ status: 'VALIDATED', processedRows: 3, customerCount: 2 }), {
          status: 202,
        });
      }
      if (url.pathname.endsWith('/commit')) {
        return json(
          job({
            status: 'COMMITTED',
            processedRows: 3,
            customerCount: 2,
            committedAt: '2026-11-23T07:01:00Z',
          }),
        );
      }
      return json({ items: [] });
    });
    const user = userEvent.setup();
    renderWithApp(<ImportPage />, { me });

    await user.upload(fileInput(), csv());
    await user.click(await screen.findByRole('button', { name: /确认导入 2 个客户/ }));
    expect(await screen.findByText('已导入 2 个客户档案(草稿)。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /撤销导入/ })).toBeInTheDocument();
    await waitFor(() =>
      expect(fetch.requests().some((r) => r.url.endsWith(`/api/v1/imports/${ID}/commit`))).toBe(
        true,
      ),
    );
  }, 20_000);

  it('shows why an upload was refused', async () => {
    stubFetch((request) =>
      request.method === 'POST'
        ? problem(400, { detail: 'Unknown column "名字"; use the headers of the template.' })
        : json({ items: [] }),
    );
    const user = userEvent.setup();
    renderWithApp(<ImportPage />, { me });
    await user.upload(fileInput(), csv());
    expect(
      await screen.findByText('Unknown column "名字"; use the headers of the template.'),
    ).toBeInTheDocument();
  }, 20_000);
});
