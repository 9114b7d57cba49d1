import type { components } from '@/api/generated/schema';

export type DocumentRecord = components['schemas']['Document'];
export type DocumentVersion = components['schemas']['DocumentVersion'];
export type DocumentType = components['schemas']['DocumentType'];
export type DocumentPage = components['schemas']['DocumentPage'];
export type Completeness = components['schemas']['Completeness'];
export type ExpiringDocument = components['schemas']['ExpiringDocument'];
export type ExpiringDocumentPage = components['schemas']['ExpiringDocumentPage'];

export const DOCUMENT_TYPES: DocumentType[] = [
  'CONTRACT',
  'BUSINESS_LICENCE',
  'ID_COPY',
  'AUTHORISATION_LETTER',
  'GUARANTEE',
  'CORRESPONDENCE',
  'RECEIPT',
  'CREDIT_REPORT',
  'OTHER',
];

/** What the server accepts (it checks the bytes; this only narrows the file picker). */
export const ACCEPTED_FILES =
  '.pdf,.jpg,.jpeg,.png,.tif,.tiff,.docx,.xlsx,.txt,application/pdf,image/jpeg,image/png,image/tiff,text/plain';

/** The metadata of a new document, as the upload form collects it. */
export type DocumentUploadFields = {
  type: DocumentType;
  title: string;
  documentDate?: string;
  pageCount?: number;
  position?: number;
  validUntil?: string;
};
