import { describe, expect, it } from 'vitest';
import { expiryTime, msUntilRefresh, refetchDelay, refreshMargin } from '../../src/signed-url/expiry';

describe('signed URL expiry', () => {
  it.each([
    ['epoch ms', 1_800_000_000_000, 1_800_000_000_000],
    ['ISO 8601', '2026-11-24T06:00:00.000Z', Date.UTC(2026, 10, 24, 6)],
    ['garbage', 'tomorrow-ish', Number.NaN],
  ])('reads expiresAt given as %s', (_name, input, expected) => {
    expect(expiryTime(input)).toBe(expected);
  });

  it.each([
    [2_000, 1_000],
    [60_000, 12_000],
    [3_600_000, 30_000],
  ])('a %i ms URL is refreshed %i ms before expiry', (lifetime, margin) => {
    expect(refreshMargin(lifetime)).toBe(margin);
  });

  it.each([
    ['fresh 60 s URL', 60_000, 0, 0, 48_000],
    ['half-way', 60_000, 0, 30_000, 18_000],
    ['inside the margin', 60_000, 0, 50_000, 0],
    ['already expired', 60_000, 0, 90_000, 0],
    ['3 s test lifetime', 3_000, 0, 0, 2_000],
  ])('%s', (_name, lifetime, issuedAt, now, expected) => {
    expect(msUntilRefresh(issuedAt + lifetime, issuedAt, now)).toBe(expected);
  });

  it('treats an unreadable expiry as due now', () => {
    expect(msUntilRefresh('nope', 0, 0)).toBe(0);
  });
});

describe('refetchDelay', () => {
  it.each([
    ['a 60 s URL', 60_000, 0, 48_000],
    ['a 3 s URL', 3_000, 0, 2_000],
    ['inside the margin: not faster than 1 s', 3_000, 2_500, 1_000],
    ['handed out already expired: back off', -5_000, 0, 10_000],
    ['unreadable expiry: back off', Number.NaN, 0, 10_000],
  ])('%s', (_name, lifetime, now, expected) => {
    expect(refetchDelay(Number.isNaN(lifetime) ? 'never' : lifetime, 0, now)).toBe(expected);
  });
});
