// Media loaded from storage is what will need the recording's next URL; playing bytes held here, it
// needs none. The owner renews a URL ahead of its expiry only while someone says so.
import type { SignedRecording } from './SignedRecording.js';

/** Holds the owner's demand while `wants()` is true; `sync()` after anything that may change it. */
export function demandWhile(recording: SignedRecording, wants: () => boolean): { sync(): void; release(): void } {
  let release: (() => void) | null = null;
  const drop = () => {
    release?.();
    release = null;
  };
  return {
    sync() {
      if (wants()) release ??= recording.want();
      else drop();
    },
    release: drop,
  };
}
