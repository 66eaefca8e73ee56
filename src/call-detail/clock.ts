/** Where playback is, as the panel hears it from the player: the transcript and its rows follow it. */
export interface PlaybackClock {
  time: number;
}
