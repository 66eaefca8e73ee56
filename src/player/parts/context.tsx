// What a player's parts share: the engine's store and commands, the words and the lanes' slot. The
// root (or the default assembly) provides it; each part reads only the slice it shows.
import { createContext, forwardRef, memo, useContext, useEffect, useState, type ForwardedRef, type ReactNode } from 'react';
import type { Messages } from '../../i18n/messages.js';
import type { PlainPlayerWords } from '../../i18n/messages.player.js';
import type { TranscriptTurn } from '../../types.js';
import { usePart } from '../../theme/parts.js';
import { joinClasses } from '../../shared/joinClasses.js';
import { warnOnce } from '../../util/devWarning.js';
import type { PlayerCommands } from '../engine/PlayerEngine.js';
import type { PlayerFeature } from '../engine/feature.js';
import type { PlayerSnapshot } from '../engine/state.js';
import { useStoreSlice, type Store } from '../engine/store.js';

/** The player's state as its parts read it (`usePlayer(selector)`). */
export type PlayerState = PlayerSnapshot;

export interface PlayerContextValue {
  store: Store<PlayerSnapshot>;
  commands: PlayerCommands;
  m: PlainPlayerWords;
  locale: string | undefined;
  callId: string;
  /** The host's own words for this player: a part that needs more words than `m` lays them over its own. */
  overrides: Partial<Messages> | undefined;
  /** The call's turns (turn navigation), when the host gave them. */
  turns: readonly TranscriptTurn[] | undefined;
  /** Where the lanes part puts its element: the engine draws there. */
  lanesRef: (element: HTMLDivElement | null) => void;
  /**
   * Attaches a feature a part brings to the engine (now, or as the engine is made); its API once it is
   * attached to the engine there is, else undefined.
   */
  use<Api>(feature: PlayerFeature<Api>): Api | undefined;
}

export const PlayerContext = createContext<PlayerContextValue | null>(null);

/**
 * Given by what sits beside a player and reads its state (the panel's transcript and notes): the player
 * hands it its engine's store, each engine it makes, so nothing beside it keeps a copy of the time or the
 * analysis.
 */
export const PlayerRelayContext = createContext<((store: Store<PlayerSnapshot>) => void) | null>(null);

/** The player around a part, or null (said once, in development: a part outside a root shows nothing). */
export function usePlayerContext(part: string): PlayerContextValue | null {
  const context = useContext(PlayerContext);
  // The mode is tested here, where a host's bundler sees it: its production build leaves the text out.
  try {
    if (process.env.NODE_ENV !== 'production' && !context) warnOnce(`part-outside:${part}`, `<Player${part}> is outside a <PlayerRoot> (or a StereoRecordingPlayer): it renders nothing.`);
  } catch {
    // No bundler, no `process`: quiet, as in production.
  }
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

/** A part's own name and class, with the host's class beside the one `classNames` gives it. */
export function useOwnPart(name: string, className: string | undefined) {
  const own = usePart()(name);
  return { 'data-part': own['data-part'], className: joinClasses(own.className, className) };
}

/** A part that renders only inside a player (outside one: nothing, and a warning in development). */
export function withPlayer<P extends object, E>(name: string, Part: (props: P & { player: PlayerContextValue; forwardedRef: ForwardedRef<E> }) => ReactNode) {
  const Outer = forwardRef<E, P>(function PlayerPart(props, ref) {
    const player = usePlayerContext(name);
    return player ? <Part {...(props as P)} player={player} forwardedRef={ref} /> : null;
  });
  Outer.displayName = `Player${name}`;
  return memo(Outer);
}

/**
 * The feature a part brings, attached to its player's engine as the part mounts (a feature that changes
 * how the media is read has the engine made anew from where it was, when it comes late); its API once
 * attached to the engine the part shows, else null.
 */
export function useFeature<Api>(player: Pick<PlayerContextValue, 'use' | 'store'>, feature: PlayerFeature<Api>): Api | null {
  const { use, store } = player;
  // Kept with the store of the engine it came from: a new engine (a new call) has its own.
  const [attached, setAttached] = useState<{ store: Store<PlayerSnapshot>; api: Api } | null>(null);
  useEffect(() => {
    const api = use(feature);
    setAttached(api === undefined ? null : { store, api });
  }, [use, feature, store]);
  return attached && attached.store === store ? attached.api : null;
}
