// What a media element's error means for its signed URL. Only a network failure (or a source the
// element could not fetch or read, which is what a refused URL looks like) calls for a newer URL; a
// decode or audio-output failure brings the same bytes back with any URL.

export type MediaErrorMeaning = 'ignore' | 'unplayable' | 'maybe-refused';

/** `MediaError.code`: 1 aborted, 2 network, 3 decode, 4 source not supported (also a 403 on load). */
export function mediaErrorMeaning(code: number | undefined): MediaErrorMeaning {
  if (code === 1) return 'ignore'; // the player's own reload or unmount
  if (code === 3) return 'unplayable';
  return 'maybe-refused';
}
