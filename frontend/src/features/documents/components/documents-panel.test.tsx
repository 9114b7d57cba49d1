import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { json, problem, stubFetch } from '@/test/fetch';
import { renderWithApp, rep1 } from '@/test/render';
import type { Completeness, DocumentRecord } from '../api/types';
import { DocumentsPanel } from './documents-panel';

const customerId = '6f1c1c9e-5a43-4a53-9d59-2f3c1b0e7a11';
const sha = '9f2c4b6d0e8a1f3c5b7d9e1f2a4c6b8d0e2f4a6c8b0d2e4f6a8c0b2d4e6f8a0c';
const licence: DocumentRecord = {
  id: '3d0c2a8e-7b1f-4c55-9e0a-5b2f8d6c4a11',
  customerId,
  type: 'BUSINESS_LICENCE',
  title: '营业执照(副本)',
  documentDate: '2024-03-15',
  pageCount: 1,
  position: 1,
  validUntil: '2025-03-14',
  status: 'ACTIVE',
  expired: true,
  currentVersion: 2,
  file: {
    version: 2,
    fileName: '营业执照.pdf',
    contentType: 'application/pdf',
    size: 184320,
    sha256: sha,
    uploadedAt: '2026-11-23T10:02:00+08:00',
  },
  versions: [
    {
      version: 2,
      fileName: '营业执照.pdf',
      contentType: 'application/pdf',
      size: 184320,
      sha256: sha,
      uploadedAt: '2026-11-23T10:02:00+08:00',
    },
    {
      version: 1,
      fileName: '营业执照-旧.pdf',
      contentType: 'application/pdf',
      size: 1000,
      sha256: sha,
      uploadedAt: '2026-11-01T10:02:00+08:00',
    },
  ],
  version: 4,
  createdAt: '2026-11-01T10:02:00+08:00',
  updatedAt: '2026-11-23T10:02:00+08:00',
};
const completeness: Completeness = {
  customerId,
  kind: 'ORGANIZATION',
  percentage: 33,
  required: ['BUSINESS_LICENCE', 'CONTRACT', 'AUTHORISATION_LETTER'],
  present: ['CONTRACT'],
  missing: ['BUSINESS_LICENCE', 'AUTHORISATION_LETTER'],
  expired: ['BUSINESS_LICENCE'],
};
const archivist = {
  ...rep1,
  roles: ['archivist'],
  permissions: [
    ...rep1.permissions,
    'listDocuments',
    'createDocument',
    'createDocumentVersion',
    'updateDocument',
    'getDocumentContent',
    'getCustomerCompleteness',
  ] as typeof rep1.permissions,
};
const reader = {
  ...rep1,
  roles: ['service-agent'],
  permissions: ['listDocuments', 'getDocumentContent', 'getCustomerCompleteness', 'getMe'],
} as typeof rep1;

function server(onUpload?: (request: Request) => Response | Promise<Response>) {
  return stubFetch((request) => {
    const { pathname } = new URL(request.url);
    if (pathname.endsWith('/completeness')) return json(completeness);
    if (pathname.endsWith('/content')) {
      return problem(500, {
        type: 'https://dossier.app/problems/document-integrity',
        title: 'Document integrity check failed',
      });
    }
    if (request.method === 'POST' && onUpload) return onUpload(request);
    return json({ items: [licence] });
  });
}

beforeEach(async () => {
  await changeLanguage('zh-CN');
});

describe('DocumentsPanel', () => {
  it('lists the documents with version, size and short SHA-256, and what the file misses', async () => {
    server();
    renderWithApp(<DocumentsPanel customerId={customerId} />, { me: reader });

    const row = (await screen.findByText('营业执照(副本)')).closest('tr') as HTMLElement;
    expect(within(row).getByText('营业执照')).toBeInTheDocument();
    expect(within(row).getByText('v2')).toBeInTheDocument();
    expect(within(row).getByText('180 KB')).toBeInTheDocument();
    expect(within(row).getByText(sha.slice(0, 12))).toBeInTheDocument();
    expect(within(row).getByText('已过期')).toBeInTheDocument();

    const missing = await screen.findByTestId('missing-documents');
    expect(within(missing).getByText(/营业执照/)).toHaveTextContent('营业执照 (已过期)');
    expect(within(missing).getByText('授权委托书')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '33');

    // A reader downloads but neither uploads nor withdraws.
    expect(screen.queryByRole('button', { name: /上传资料/ })).not.toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: '撤回' })).not.toBeInTheDocument();
  }, 20_000);

  it('says so when a download fails its integrity check', async () => {
    server();
    const user = userEvent.setup();
    renderWithApp(<DocumentsPanel customerId={customerId} />, { me: reader });
    const row = (await screen.findByText('营业执照(副本)')).closest('tr') as HTMLElement;
    await user.click(within(row).getByRole('button', { name: /下载/ }));
    expect(await screen.findByText(/文件校验失败/)).toBeInTheDocument();
  }, 20_000);

  it('uploads a file with its metadata as a multipart form', async () => {
    let sent: string | undefined;
    const fetch = server(async (request) => {
      sent = new TextDecoder().decode(await request.arrayBuffer());
      return json(licence, { status: 201, headers: { ETag: '"0"' } });
    });
    const user = userEvent.setup();
    renderWithApp(<DocumentsPanel customerId={customerId} />, { me: archivist });

    await user.click(await screen.findByRole('button', { name: /上传资料/ }));
    const dialog = await screen.findByRole('dialog');
    const input = dialog.querySelector('input[type="file"]') as HTMLInputElement;
    const file = new File(['%PDF-1.4'], '购销合同.pdf', { type: 'application/pdf' });
    fireEvent.change(input, { target: { files: [file] } });
    await user.type(within(dialog).getByLabelText('标题'), '2027年度购销合同');
    await user.click(within(dialog).getByRole('button', { name: /上\s*传/ }));

    await waitFor(() => expect(sent).toBeDefined());
    const post = fetch.requests().find((r) => r.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe(`/api/v1/customers/${customerId}/documents`);
    expect(post.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
    expect(sent).toMatch(/name="title"\r\n\r\n2027年度购销合同\r\n/);
    expect(sent).toMatch(/name="type"\r\n\r\nCONTRACT\r\n/);
    expect(sent).toContain('filename="购销合同.pdf"');
    expect(sent).toContain('%PDF-1.4');
  }, 20_000);

  it('shows the server refusing a file next to the file field', async () => {
    server(() =>
      problem(413, {
        errors: [{ field: 'file', code: 'file.tooLarge', message: 'too large' }],
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<DocumentsPanel customerId={customerId} />, { me: archivist });
    await user.click(await screen.findByRole('button', { name: /上传资料/ }));
    const dialog = await screen.findByRole('dialog');
    const input = dialog.querySelector('input[type="file"]') as HTMLInputElement;
    fireEvent.change(input, {
      target: { files: [new File(['x'], 'big.pdf', { type: 'application/pdf' })] },
    });
    await user.type(within(dialog).getByLabelText('标题'), '大文件');
    await user.click(within(dialog).getByRole('button', { name: /上\s*传/ }));
    expect(await within(dialog).findByText('文件超过大小上限')).toBeInTheDocument();
  }, 20_000);
});
