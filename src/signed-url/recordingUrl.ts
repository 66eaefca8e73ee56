// The URL a read of the recording should use: a usable one from the owner; after storage refused one
// (a fetch-only rule, a clock off), a newer one.
import type { SignedRecording } from './SignedRecording.js';

/** For one read: each call a usable URL, or after a refusal a newer one than the refused. */
export function urlsFrom(recording: SignedRecording): (refused: boolean) => Promise<string> {
  let last: string | null = null;
  return async (refused) => {
    const next = refused && last ? await recording.replacementFor(last) : await recording.usable();
    last = next.url;
    return last;
  };
}
