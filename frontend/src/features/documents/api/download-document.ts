import { api } from '@/api/client';

/**
 * Fetches a version's bytes with the caller's token (a plain link could not carry it) and hands
 * them to the browser as a download under the file's own name. The server checks the SHA-256
 * before sending; a failed check arrives as a thrown problem, never as bytes.
 */
export async function downloadDocument(
  customerId: string,
  docId: string,
  fileName: string,
  version?: number,
): Promise<void> {
  const result = await api.GET('/api/v1/customers/{id}/documents/{docId}/content', {
    params: { path: { id: customerId, docId }, query: version ? { version } : {} },
    parseAs: 'blob',
    headers: { Accept: '*/*' },
  });
  const blob = result.data as unknown as Blob;
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
  } finally {
    URL.revokeObjectURL(url);
  }
}

export const INTEGRITY_PROBLEM = 'https://dossier.app/problems/document-integrity';
