import type { Dayjs } from 'dayjs';

export type DateRange = [Dayjs | null, Dayjs | null] | null;

/**
 * A picked range of days as the API's `from` (inclusive) and `to` (exclusive) instants, in the
 * browser's time zone: the whole last day is included.
 */
export function dateRangeParams(range: DateRange): { from?: string; to?: string } {
  const [start, end] = range ?? [null, null];
  return {
    ...(start ? { from: start.startOf('day').format() } : {}),
    ...(end ? { to: end.startOf('day').add(1, 'day').format() } : {}),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string) => UUID.test(value);

/** Drops empty values so they neither reach the URL nor split the cache. */
export function compactParams<T extends object>(params: T): T {
  return Object.fromEntries(
    Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  ) as T;
}
