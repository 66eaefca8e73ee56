// A download's object URL outlives the player that saved it: Firefox and Safari read it after the click.
import { afterEach, expect, it, vi } from 'vitest';
import { downloadRecording } from '../../src/player/engine/download';
import { Scope } from '../../src/util/scope';
import { RELEASE_DOWNLOAD_AFTER_MS } from '../../src/shared/saveBlob';
import type { SignedRecording } from '../../src/signed-url/SignedRecording';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

it('closing the player right after Download does not revoke the file the browser is about to read', async () => {
  vi.useFakeTimers();
  const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:recording');
  const revoked = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  const scope = new Scope();
  const held = Promise.resolve(new Blob([new Uint8Array([1, 2, 3])], { type: 'audio/mpeg' }));
  await downloadRecording({} as SignedRecording, 'call/1', scope, () => undefined, held);
  expect(created).toHaveBeenCalledTimes(1);
  expect(click).toHaveBeenCalledTimes(1);
  scope.dispose(); // the player closes a moment later
  await vi.advanceTimersByTimeAsync(5_000);
  expect(revoked).not.toHaveBeenCalled();
  await vi.advanceTimersByTimeAsync(RELEASE_DOWNLOAD_AFTER_MS);
  expect(revoked).toHaveBeenCalledWith('blob:recording');
});
