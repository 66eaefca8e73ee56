import { describe, expect, it } from 'vitest';
import { mediaErrorMeaning } from '../../src/player/engine/mediaErrors';

describe('mediaErrorMeaning', () => {
  it.each([
    [1, 'ignore'],
    [2, 'maybe-refused'],
    [3, 'unplayable'],
    [4, 'maybe-refused'],
    [undefined, 'maybe-refused'],
  ] as const)('MediaError %s → %s', (code, meaning) => {
    expect(mediaErrorMeaning(code)).toBe(meaning);
  });
});
