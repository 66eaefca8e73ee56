import type { PlayerSnapshot } from '../player/engine/state.js';

/** Where playback is, read from the player's own state: the transcript and its rows follow it. */
export type PlaybackClock = Pick<PlayerSnapshot, 'currentTime'>;
