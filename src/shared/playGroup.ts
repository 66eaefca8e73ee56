// Players that take turns: when one starts, the one playing before pauses. CallLogs puts its rows'
// player and its panel's in one group; a page without CallLogs makes none.
import { createContext } from 'react';

export interface PlayGroup {
  playing: object | null;
  readonly pauses: Map<object, () => void>;
}

export const PlayGroupContext = createContext<PlayGroup | null>(null);

export const newPlayGroup = (): PlayGroup => ({ playing: null, pauses: new Map() });

/** `player` plays from now on: whoever played before is paused. */
export function claimPlay(group: PlayGroup, player: object): void {
  const before = group.playing;
  group.playing = player;
  if (before && before !== player) group.pauses.get(before)?.();
}

/** How to pause `player` when another claims the group; returns what leaves it. */
export function joinPlayGroup(group: PlayGroup, player: object, pause: () => void): () => void {
  group.pauses.set(player, pause);
  return () => {
    group.pauses.delete(player);
    if (group.playing === player) group.playing = null;
  };
}
