import type { components, operations } from '@/api/generated/schema';

export type AccessGrant = components['schemas']['AccessGrant'];
export type AccessGrantPage = components['schemas']['AccessGrantPage'];
export type AccessGrantCreate = components['schemas']['AccessGrantCreate'];
export type AccessGrantStatus = components['schemas']['AccessGrantStatus'];
export type AccessGrantParams = NonNullable<operations['listAccessGrants']['parameters']['query']>;

/** An archive number as the server hands them out, e.g. KH-2026-000123. */
export const ARCHIVE_NO = /^KH-\d{4}-\d{6}$/;

export const isArchiveNo = (text: string) => ARCHIVE_NO.test(text.trim());
