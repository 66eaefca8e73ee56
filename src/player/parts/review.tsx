// The parts that review a call: its conversation figures, its events above the lanes and a link to
// the moment playing. Each loads its code (and the player's review words) when it is rendered.
import { lazy, Suspense, type HTMLAttributes } from 'react';
import type { CallEvent } from '../../types.js';
import { EN_PLAYER_WORDS } from '../../theme/messages.player.js';
import { useCallsMessages } from '../../queries/provider.js';
import type { PlayerSnapshot } from '../engine/state.js';
import { useStoreSlice } from '../engine/store.js';
import { useOwnPart, withPlayer, type PlayerContextValue } from './context.js';

const ConversationFigures = lazy(() => import('../features/figures/ConversationFigures.js').then((m) => ({ default: m.ConversationFigures })));
const EventTrack = lazy(() => import('../features/events/EventTrack.js').then((m) => ({ default: m.EventTrack })));
const MomentLinkButton = lazy(() => import('../features/moments/MomentLink.js').then((m) => ({ default: m.MomentLink })));

const analysedOf = (s: PlayerSnapshot) => s.analysis !== null;
const useWords = ({ overrides }: PlayerContextValue) => useCallsMessages(EN_PLAYER_WORDS, overrides);

export type FiguresProps = HTMLAttributes<HTMLDivElement>;

/**
 * The conversation figures (response times, interruptions, talk share, longest monologue), once the
 * lanes are complete and analysed: needs `PlayerLanes` in the same root.
 */
export const Figures = /* @__PURE__ */ withPlayer<FiguresProps, HTMLDivElement>('Figures', ({ player, forwardedRef, className, ...rest }) => {
  const m = useWords(player);
  const analysed = useStoreSlice(player.store, analysedOf, false);
  return (
    <div {...rest} ref={forwardedRef} {...useOwnPart('figures-part', className)} data-state={analysed ? 'ready' : 'waiting'}>
      {analysed && (
        <Suspense fallback={null}>
          <ConversationFigures store={player.store} actions={player.commands} m={m} locale={player.locale} />
        </Suspense>
      )}
    </div>
  );
});

export interface EventsProps extends HTMLAttributes<HTMLDivElement> {
  /** The call's events (tool calls, transfers, hand-offs…): marks in step with the lanes; a click plays from one. */
  events: readonly CallEvent[];
}

/** The call's events along the recording, in step with the lanes' view (zoomed too). */
export const Events = /* @__PURE__ */ withPlayer<EventsProps, HTMLDivElement>('Events', ({ player, forwardedRef, className, events, ...rest }) => {
  const m = useWords(player);
  const own = useOwnPart('event-track', className);
  return (
    <div {...rest} ref={forwardedRef} {...own}>
      {events.length > 0 && (
        <Suspense fallback={null}>
          <EventTrack store={player.store} events={events} actions={player.commands} m={m} />
        </Suspense>
      )}
    </div>
  );
});

export interface MomentLinkProps extends HTMLAttributes<HTMLSpanElement> {
  /** What a link to this call at a time looks like, e.g. `(id, s) => \`/calls/${id}?t=${s}\``. */
  getUrl: (callId: string, seconds: number) => string;
}

/** "Copy link to this moment": the link for where playback is, in whole seconds; says when it is copied. */
export const MomentLink = /* @__PURE__ */ withPlayer<MomentLinkProps, HTMLSpanElement>('MomentLink', ({ player, forwardedRef, className, getUrl, ...rest }) => {
  const m = useWords(player);
  return (
    <span {...rest} ref={forwardedRef} {...useOwnPart('moment', className)}>
      <Suspense fallback={null}>
        <MomentLinkButton store={player.store} callId={player.callId} getMomentUrl={getUrl} m={m} />
      </Suspense>
    </span>
  );
});
