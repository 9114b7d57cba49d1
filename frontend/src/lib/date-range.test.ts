import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { compactParams, dateRangeParams, isUuid } from './date-range';

describe('dateRangeParams', () => {
  it('makes the whole last day part of the range (to is exclusive)', () => {
    const { from, to } = dateRangeParams([dayjs('2026-11-01T15:00'), dayjs('2026-11-23T09:00')]);
    expect(dayjs(from).isSame(dayjs('2026-11-01T00:00'))).toBe(true);
    expect(dayjs(to).isSame(dayjs('2026-11-24T00:00'))).toBe(true);
    // Offsets are sent, so the server reads the instant the user meant.
    expect(from).toMatch(/[+-]\d{2}:\d{2}$|Z$/);
  });

  it('leaves open ends out', () => {
    expect(dateRangeParams(null)).toEqual({});
    expect(dateRangeParams([null, dayjs('2026-11-23')])).toEqual({
      to: dayjs('2026-11-24T00:00').format(),
    });
  });
});

describe('isUuid and compactParams', () => {
  it('accepts only whole UUIDs and drops empty filters', () => {
    expect(isUuid('6f1c1c9e-5a43-4a53-9d59-2f3c1b0e7a11')).toBe(true);
    expect(isUuid('6f1c')).toBe(false);
    expect(compactParams({ a: '', b: undefined, c: 'x', d: 0 })).toEqual({ c: 'x', d: 0 });
  });
});
