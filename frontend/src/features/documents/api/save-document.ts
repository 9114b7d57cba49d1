import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf, etagOf } from '@/api/client';
import { documentKeys } from './keys';
import type { DocumentRecord, DocumentUploadFields } from './types';

/** Multipart bodies go out as FormData; fetch sets the boundary. */
const asForm = (form: FormData) => ({
  body: {} as never,
  bodySerializer: () => form,
});

export async function uploadDocument(
  customerId: string,
  file: File,
  fields: DocumentUploadFields,
): Promise<DocumentRecord> {
  const form = new FormData();
  form.append('file', file, file.name);
  for (const [name, value] of Object.entries(fields)) {
    if (value !== undefined && value !== null && value !== '') form.append(name, String(value));
  }
  return bodyOf(
    await api.POST('/api/v1/customers/{id}/documents', {
      params: { path: { id: customerId } },
      ...asForm(form),
    }),
  );
}

/**
 * Uploads a new version. The list carries each document's version, which is its ETag, so the
 * server refuses (412) when someone changed the document since the list was shown.
 */
export async function uploadDocumentVersion(
  customerId: string,
  document: DocumentRecord,
  file: File,
): Promise<DocumentRecord> {
  const form = new FormData();
  form.append('file', file, file.name);
  return bodyOf(
    await api.POST('/api/v1/customers/{id}/documents/{docId}/versions', {
      params: {
        path: { id: customerId, docId: document.id },
        header: { 'If-Match': `"${document.version}"` },
      },
      ...asForm(form),
    }),
  );
}

export async function setDocumentStatus(
  customerId: string,
  document: DocumentRecord,
  status: DocumentRecord['status'],
): Promise<{ document: DocumentRecord; etag: string }> {
  const result = await api.PATCH('/api/v1/customers/{id}/documents/{docId}', {
    params: {
      path: { id: customerId, docId: document.id },
      header: { 'If-Match': `"${document.version}"` },
    },
    body: { status },
    headers: { 'Content-Type': 'application/merge-patch+json' },
  });
  return { document: bodyOf(result), etag: etagOf(result.response) };
}

function useInvalidateDocuments(customerId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: documentKeys.ofCustomer(customerId) });
}

export function useUploadDocument(customerId: string) {
  const invalidate = useInvalidateDocuments(customerId);
  return useMutation({
    mutationFn: (input: { file: File; fields: DocumentUploadFields }) =>
      uploadDocument(customerId, input.file, input.fields),
    onSuccess: invalidate,
  });
}

export function useUploadDocumentVersion(customerId: string) {
  const invalidate = useInvalidateDocuments(customerId);
  return useMutation({
    mutationFn: (input: { document: DocumentRecord; file: File }) =>
      uploadDocumentVersion(customerId, input.document, input.file),
    onSuccess: invalidate,
  });
}

export function useSetDocumentStatus(customerId: string) {
  const invalidate = useInvalidateDocuments(customerId);
  return useMutation({
    mutationFn: (input: { document: DocumentRecord; status: DocumentRecord['status'] }) =>
      setDocumentStatus(customerId, input.document, input.status),
    onSettled: invalidate,
  });
}
