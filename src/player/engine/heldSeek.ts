import type WaveSurfer from 'wavesurfer.js';

/** wavesurfer's time this far from the media's while playing: it is holding a seek. */
const HELD_SEEK_SECONDS = 0.3;

/**
 * wavesurfer applies a seek on the media's next 'canplay' while the media is below HAVE_FUTURE_DATA,
 * and reports that time until then. WebKit plays MSE audio at HAVE_CURRENT_DATA and never fires it
 * again: the playhead would stay where the lanes were clicked while the audio plays on. The media is
 * playing, so it can play: hand wavesurfer the media's time and say so.
 */
export function releaseHeldSeek(ws: WaveSurfer, audio: HTMLMediaElement): void {
  if (audio.paused || audio.seeking || audio.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || audio.readyState >= HTMLMediaElement.HAVE_FUTURE_DATA) return;
  if (Math.abs(ws.getCurrentTime() - audio.currentTime) < HELD_SEEK_SECONDS) return;
  ws.setTime(audio.currentTime);
  audio.dispatchEvent(new Event('canplay'));
}
