import type { PlayerSnapshot } from '../player/engine/state.js';

/** What the panel reads of the player's own state: where playback is, and the figures once analysed. */
export type PlayerView = Pick<PlayerSnapshot, 'currentTime' | 'analysis'>;

/** Where playback is: the transcript, its rows and the notes follow it. */
export type PlaybackClock = Pick<PlayerView, 'currentTime'>;
