// The parts that review a call: its conversation figures, its events above the lanes, its notes under
// them and a link to the moment playing. Each loads its code (and the player's review words) when it is
// rendered.
import { lazy, Suspense, type HTMLAttributes } from 'react';
import type { Annotation, AnnotationLabel, CallEvent } from '../../types.js';
import { EN_PLAYER_WORDS } from '../../i18n/messages.player.js';
import { useCallsMessages } from '../../queries/provider.js';
import type { PlayerSnapshot } from '../engine/state.js';
import { useStoreSlice } from '../engine/store.js';
import { useOwnPart, withPlayer, type PlayerContextValue } from './context.js';

const ConversationFigures = lazy(() => import('../features/figures/ConversationFigures.js').then((m) => ({ default: m.ConversationFigures })));
const EventTrack = lazy(() => import('../features/events/EventTrack.js').then((m) => ({ default: m.EventTrack })));
const NoteTrack = lazy(() => import('../features/notes/NoteTrack.js').then((m) => ({ default: m.NoteTrack })));
const MomentLinkButton = lazy(() => import('../features/moments/MomentLink.js').then((m) => ({ default: m.MomentLink })));

const analysedOf = (s: PlayerSnapshot) => s.analysis !== null;
const NO_LABELS: readonly AnnotationLabel[] = [];
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

export interface NotesProps extends HTMLAttributes<HTMLDivElement> {
  /** The call's notes: each at its time, overlapping ones on rows of their own; a click plays from one. */
  annotations: readonly Annotation[];
  /** The labels notes may carry: their names and colours on the track. */
  labels?: readonly AnnotationLabel[];
  /**
   * Given, a range note that may be edited shows a handle at each end while it has focus (drag, or its
   * arrow keys); the new range comes here when the move ends. A promise that rejects puts the note back.
   */
  onAnnotationChange?: (id: string, range: { start: number; end: number }) => Promise<unknown> | void;
}

/** The call's notes on a track in step with the lanes' view (zoomed too). */
export const Notes = /* @__PURE__ */ withPlayer<NotesProps, HTMLDivElement>('Notes', ({ player, forwardedRef, className, annotations, labels = NO_LABELS, onAnnotationChange, ...rest }) => {
  const m = useWords(player);
  return (
    <div {...rest} ref={forwardedRef} {...useOwnPart('notes', className)} data-count={annotations.length}>
      {annotations.length > 0 && (
        <Suspense fallback={null}>
          <NoteTrack store={player.store} notes={annotations} labels={labels} actions={player.commands} onRetime={onAnnotationChange} m={m} />
        </Suspense>
      )}
    </div>
  );
});
