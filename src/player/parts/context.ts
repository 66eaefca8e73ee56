// What a player's parts share: the engine's store and commands, the words and the lanes' slot. The
// root (or the default assembly) provides it; each part reads only the slice it shows.
import { createContext, useContext } from 'react';
import type { PlainPlayerWords } from '../../theme/messages.player.js';
import { warnOnce } from '../../util/devWarning.js';
import type { PlayerCommands } from '../engine/PlayerEngine.js';
import type { PlayerSnapshot } from '../engine/state.js';
import { useStoreSlice, type Store } from '../engine/store.js';

export interface PlayerContextValue {
  store: Store<PlayerSnapshot>;
  commands: PlayerCommands;
  m: PlainPlayerWords;
  locale: string | undefined;
  callId: string;
  /** Where the lanes part puts its element: the engine draws there. */
  lanesRef: (element: HTMLDivElement | null) => void;
}

export const PlayerContext = createContext<PlayerContextValue | null>(null);

/** The player around a part, or null (said once, in development: a part outside a root shows nothing). */
export function usePlayerContext(part: string): PlayerContextValue | null {
  const context = useContext(PlayerContext);
  if (!context) warnOnce(`part-outside:${part}`, `<Player.${part}> is outside a <Player.Root> (or a StereoRecordingPlayer): it renders nothing.`);
  return context;
}

const NO_PLAYER: Store<PlayerSnapshot> | null = null;

/**
 * The slice of the player's state a part shows; the part re-renders only when that slice changes. The
 * selector returns a primitive or a value held in the state, never a new object or array.
 */
export function usePlayer<S>(selector: (state: PlayerSnapshot) => S): S | undefined {
  const store = useContext(PlayerContext)?.store ?? NO_PLAYER;
  return useStoreSlice<PlayerSnapshot, S | undefined>(store, selector, undefined);
}

/** The player's commands (play, seek, setRate, download…), or null outside a player. */
export function usePlayerCommands(): PlayerCommands | null {
  return useContext(PlayerContext)?.commands ?? null;
}
