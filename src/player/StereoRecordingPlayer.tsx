import { forwardRef, lazy, Suspense, useCallback, useContext, useEffect, useId, useRef, useImperativeHandle, useMemo, useState, type ForwardedRef, type HTMLAttributes, type FocusEvent, type KeyboardEvent, type Ref } from 'react';
import type { Annotation, AnnotationLabel, CallEvent, Redaction } from '../types.js';
import { AuditContext, useAuditReporter, type AuditType } from '../shared/audit.js';

import { Transport } from './Transport.js';
import { useNoteMaking } from './features/notes/useNoteMaking.js';
import { EN_PLAYER_WORDS } from '../i18n/messages.player.js';
import { useCallsContext } from '../queries/provider.js';
import { Guarded } from '../shared/Guarded.js';
import { isReady, type PlayerSnapshot } from './engine/state.js';
import { useStoreSlice } from './engine/store.js';
import { errorText } from '../errors.js';
import { LaneHead } from './LaneHead.js';
import { WaveformNotes, type PlayerCallProps } from './parts/Root.js';
import { LISTENING_NOTES } from './features/mute-solo/MuteSolo.js';
import { muteSolo } from './features/mute-solo/feature.js';
import type { ListeningState } from './features/mute-solo/Listening.js';
import { PlayerContext, PlayerRelayContext, useFeature, type PlayerContextValue } from './parts/context.js';
import { useStereoPlayer } from './useStereoPlayer.js';
import { handleShortcutKey } from './shortcuts.js';
import { moveRovingFocus } from '../shared/roving.js';
import { composeHandlers } from '../shared/composeHandlers.js';
import { rootStyling, StylingProvider, usePartFrom, useStyling, type StylingProps } from '../theme/parts.js';
import { joinClasses } from '../shared/joinClasses.js';

// Only for a call with events.
const EventTrack = lazy(() => import('./features/events/EventTrack.js').then((m) => ({ default: m.EventTrack })));
// Only for a call with notes.
const RedactionMarks = lazy(() => import('./features/redaction/RedactionMarks.js').then((m) => ({ default: m.RedactionMarks })));
const NoteTrack = lazy(() => import('./features/notes/NoteTrack.js').then((m) => ({ default: m.NoteTrack })));
const NO_LABELS: readonly AnnotationLabel[] = [];
// What the default player attaches as it is made (mute and solo change how the media is read); the
// features its parts bring (skipping silences, the lanes) they attach themselves.
const FEATURES = [muteSolo];
// Under the transport, the legend and the figures: they explain lanes that are drawn after it anyway.
const ReviewSection = lazy(() => import('./ReviewSection.js').then((m) => ({ default: m.ReviewSection })));
// Only for a host that takes notes.
const NoteSelection = lazy(() => import('./features/notes/NoteSelection.js').then((m) => ({ default: m.NoteSelection })));

export type StereoRecordingPlayerPart = 'root' | 'stage' | 'lane-head' | 'lane-label' | 'mute' | 'solo' | 'waveform' | 'skeleton' | 'waveform-note' | 'waveform-progress' | 'seek' | 'turn-nav' | 'previous-turn' | 'turn-position' | 'next-turn' | 'legend' | 'swatch' | 'review' | 'review-summary' | 'tools' | 'event-label' | 'switch-label' | 'zoom' | 'zoom-in' | 'zoom-out' | 'zoom-level' | 'listening-note' | 'error' | 'retry' | 'controls' | 'play' | 'time' | 'speed' | 'spacer' | 'download-progress' | 'download-error' | 'download-blocked' | 'sr-only' | 'shortcuts' | 'download' | 'shortcut-list' | 'events' | 'event' | 'event-span' | 'figures' | 'figure-list' | 'figure' | 'slow-count' | 'list-interruptions' | 'interruption-list' | 'replay' | 'share-bar' | 'skip-silences' | 'skip-switch' | 'switch-track' | 'switch-thumb' | 'silence-skipped' | 'moment-link' | 'moment-status' | 'redactions' | 'redaction-label' | 'original' | 'note-track' | 'note-mark' | 'note-handle' | 'note-track-error' | 'note-selection';

export interface StereoRecordingPlayerProps extends Omit<HTMLAttributes<HTMLDivElement>, 'onError' | 'onTimeUpdate' | 'children'>, StylingProps<StereoRecordingPlayerPart>, PlayerCallProps {
  /** Imperative control for a surrounding UI, e.g. a transcript that seeks when a turn is clicked. */
  apiRef?: Ref<StereoPlayerHandle>;
  /** Tool calls, handoffs, holds…: markers on a track above the lanes. */
  events?: readonly CallEvent[];
  /** What was redacted from the recording: hatched and labelled on the lanes, on its side. */
  redactions?: readonly Redaction[];
  /**
   * Whether this viewer may hear the unredacted original. Given, and the recording says it is redacted
   * with an original beside it, a switch loads the original (its own signed URL) at the same position;
   * each switch to it is reported through `onAudit` as `original`.
   * @default false
   */
  allowOriginal?: boolean;
  /**
   * Silence the `redactions` in playback when the recording has no redacted file (its source has no
   * `variant`); Download is then not offered, and says why. This hides nothing from whoever holds the
   * recording's URL: redact the file where it is stored (`redactRecording`) for that.
   * @default false
   */
  muteRedactions?: boolean;
  /** Notes on the call: on a track under the lanes, overlapping ones on rows of their own. */
  annotations?: readonly Annotation[];
  /** The labels notes may carry: their names and colours on the track. */
  annotationLabels?: readonly AnnotationLabel[];
  /**
   * Given, the player makes notes: I and O mark a range, C hands it over (a moment without marks), and
   * Shift+drag on the lanes (a held touch, then a drag) hands over the dragged range. Times in seconds.
   */
  onAnnotate?: (range: { start: number; end?: number }) => void;
  /**
   * Given, a range note that may be edited (`canEdit` not false) shows a handle at each end while it has
   * focus: dragged (or moved by its arrow keys, Shift for whole seconds) it moves that end, and the new
   * range comes here once the drag ends. A returned promise that rejects puts the note back and shows why.
   */
  onAnnotationChange?: (id: string, range: { start: number; end: number }) => Promise<unknown> | void;
  /** @deprecated Use `defaultTime`. */
  initialTime?: number;
  /** @deprecated Use `slowResponseSeconds`. */
  slowResponseMs?: number;
  /** A link to this call at a time: given, the player offers "Copy link to this moment". */
  getMomentUrl?: (callId: string, seconds: number) => string;
}

export interface StereoPlayerHandle {
  play(): void;
  pause(): void;
  seek(seconds: number): void;
  /** Seeks and starts playing. */
  playFrom(seconds: number): void;
}

const LANES_TOUCH = { touchAction: 'pan-y pinch-zoom' } as const;
const waveformOf = (s: PlayerSnapshot) => s.waveform;
const urlGenerationOf = (s: PlayerSnapshot) => s.urlGeneration;
const listeningOf = (s: ListeningState) => s.listening;
const zoomedOf = (s: PlayerSnapshot) => s.zoom > 1;
const durationOf = (s: PlayerSnapshot) => s.duration;



function PlayerBody({ onKeyDown: hostKeyDown, onFocus: hostFocus, onBlur: hostBlur, callId, adapter: adapterProp, messages: messagesProp, locale: localeProp, onError, onTimeUpdate, laneHeight, apiRef, transcript, streamPeaksAfter, events, redactions, allowOriginal = false, muteRedactions = false, annotations, annotationLabels = NO_LABELS, onAnnotate, onAnnotationChange, defaultTime, initialTime: deprecatedTime, autoPlay, slowResponseSeconds, slowResponseMs: deprecatedSlowMs, onAnalysis, getMomentUrl, onAudit, classNames, unstyled, theme, className, style, forwardedRef, ...rest }: StereoRecordingPlayerProps & { forwardedRef: ForwardedRef<HTMLDivElement> }) {
  const initialTime = defaultTime ?? deprecatedTime;
  const slowResponseMs = slowResponseSeconds !== undefined ? slowResponseSeconds * 1000 : deprecatedSlowMs;
  const { adapter, messages: m, locale } = useCallsContext(EN_PLAYER_WORDS, { adapter: adapterProp, messages: messagesProp, locale: localeProp }, 'StereoRecordingPlayer');
  const audit = useAuditReporter(callId, onAudit);
  const [original, setOriginal] = useState(false);
  const [resume, setResume] = useState<{ time: number; play: boolean } | null>(null);
  const muted = useMemo(() => (muteRedactions && redactions?.length ? { ranges: redactions, downloadReason: m.downloadNotRedacted } : null), [muteRedactions, redactions, m.downloadNotRedacted]);
  const { state, commands: actions, retry, waveformRef, use } = useStereoPlayer({ callId, adapter, onError, onTimeUpdate, transcript, streamPeaksAfter, initialTime, slowResponseMs, onAnalysis, onAudit: audit, variant: original ? 'original' : undefined, resume, muted, autoPlay, features: FEATURES });
  const { store, status } = state;
  const canSwitch = allowOriginal && (original || (state.source?.variant === 'redacted' && state.source.originalAvailable === true));
  const originalSwitch = useMemo(() => (canSwitch ? {
    on: original,
    toggle: () => {
      const now = store.get();
      setResume({ time: now.currentTime, play: now.intent === 'play' });
      if (!original) audit('original', now.currentTime);
      setOriginal(!original);
    },
  } : null), [canSwitch, original, store, audit]);
  const auditHere = useCallback((type: AuditType, at?: number) => audit(type, at ?? store.get().currentTime), [audit, store]);
  const [lanes, setLanes] = useState<HTMLDivElement | null>(null);
  const lanesRef = useCallback((element: HTMLDivElement | null) => {
    waveformRef(element);
    setLanes(element);
  }, [waveformRef]);
  const noteMaking = useNoteMaking(store, lanes, onAnnotate);
  // What sits beside the player (the panel) reads the engine's own store, whichever engine it is now.
  const relay = useContext(PlayerRelayContext);
  const { live } = state;
  useEffect(() => {
    if (live) relay?.(store);
  }, [relay, store, live]);
  const player: PlayerContextValue = useMemo(() => ({ store, commands: actions, m, locale, callId, overrides: messagesProp, turns: transcript, lanesRef, use }), [store, actions, m, locale, callId, messagesProp, transcript, lanesRef, use]);
  // The root's own slices: each changes a few times per call, never with the clock.
  const waveform = useStoreSlice(store, waveformOf, 'loading');
  const urlGeneration = useStoreSlice(store, urlGenerationOf, 0);
  const listens = useFeature(player, muteSolo);
  const listening = useStoreSlice(listens, listeningOf, 'checking');
  const zoomed = useStoreSlice(store, zoomedOf, false);
  const duration = useStoreSlice(store, durationOf, 0);
  const styling = useStyling({ classNames, unstyled, theme });
  const part = usePartFrom(styling);
  const [mixStop, setMixStop] = useState(0);
  const focusInside = useRef(false);
  const retryButton = useRef<HTMLButtonElement>(null);
  const isError = state.status === 'error';
  useEffect(() => {
    if (isError && focusInside.current && (!document.activeElement || document.activeElement === document.body)) retryButton.current?.focus();
  }, [isError]);
  const listeningNoteId = useId();
  useImperativeHandle(apiRef, () => ({
    play: actions.play,
    pause: actions.pause,
    seek: actions.seek,
    playFrom: (seconds: number) => {
      actions.seek(seconds);
      actions.play();
    },
  }), [actions]);
  if (!state.hasRecording) {
    // Said, not vanished: the call has no recording (the adapter answered null); onError hears 'no-recording'.
    return (
      <div ref={forwardedRef} role="group" aria-label={m.recording} {...rest} className={joinClasses(className, styling.classNames.root)} {...rootStyling(styling)} style={style} data-talkturo-root="" data-talkturo-player="" data-state="none">
        <p {...part('waveform-note')}>{m.noRecording}</p>
      </div>
    );
  }

  const ready = isReady(status);

  // Where focus was, so that when the error view replaces the focused control, focus goes to Retry
  // rather than falling to <body>; a page whose focus is elsewhere is left alone.
  const onFocus = composeHandlers(hostFocus, () => {
    focusInside.current = true;
  });
  const onBlur = composeHandlers(hostBlur, (event: FocusEvent<HTMLDivElement>) => {
    if (event.relatedTarget && !event.currentTarget.contains(event.relatedTarget as Node)) focusInside.current = false;
  });
  const onKeyDown = composeHandlers(hostKeyDown, (event: KeyboardEvent<HTMLDivElement>) => handleShortcutKey(event, { commands: actions, ready, duration, notes: noteMaking.commands }));

  return (
    <AuditContext.Provider value={auditHere}>
    <StylingProvider value={styling}>
    <PlayerContext.Provider value={player}>
    <div
      ref={forwardedRef}
      role="group"
      aria-label={m.recording}
      {...rest}
      className={joinClasses(className, styling.classNames.root)}
      {...rootStyling(styling)}
      // The prop is a shorthand for the token; without it, the token from CSS (an ancestor, a class) rules.
      style={laneHeight === undefined ? style : { ...style, ['--tt-lane-height' as string]: `${laneHeight}px` }}
      data-talkturo-root=""
      data-talkturo-player=""
      data-state={status}
      data-waveform={waveform}
      data-url-generation={urlGeneration}
      data-listening={listening}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onBlur={onBlur}
    >
      <div {...part('stage')} onKeyDown={(e) => moveRovingFocus(e, 'mix')}>
        {events && events.length > 0 && status !== 'error' && (
          // The track's own box while its code loads, so the lanes below do not move.
          <Suspense fallback={<div {...part('events')} aria-hidden="true" />}>
            <EventTrack store={store} events={events} actions={actions} m={m} />
          </Suspense>
        )}
        <LaneHead speaker="caller" store={listens} noteId={listeningNoteId} messages={m} onToggle={actions.toggleMix} tabStop={mixStop} onFocusSwitch={setMixStop} />
        <LaneHead speaker="assistant" store={listens} noteId={listeningNoteId} messages={m} onToggle={actions.toggleMix} tabStop={mixStop} onFocusSwitch={setMixStop} />
        {/* A sideways finger is a seek, never the page's pan (which would cancel it), styled or not. */}
        <div {...part('waveform')} dir="ltr" role="img" aria-label={m.recordingLanes} ref={lanesRef} data-zoomed={zoomed || undefined} style={LANES_TOUCH} />
        {noteMaking.commands && <Suspense fallback={null}><NoteSelection store={store} marks={noteMaking.marks} m={m} /></Suspense>}
        <WaveformNotes player={player} error={status === 'error'} />
        {redactions && redactions.length > 0 && status !== 'error' && <Suspense fallback={null}><RedactionMarks store={store} redactions={redactions} m={m} /></Suspense>}
        {annotations && annotations.length > 0 && status !== 'error' && (
          <Suspense fallback={<div {...part('note-track')} aria-hidden="true" />}>
            <NoteTrack store={store} notes={annotations} labels={annotationLabels} actions={actions} onRetime={onAnnotationChange} m={m} />
          </Suspense>
        )}
      </div>
      {status === 'error' && state.error ? (
        <div {...part('error')} role="alert">
          <p>{errorText(state.error, m)}</p>
          <button type="button" ref={retryButton} {...part('retry')} onClick={retry}>{m.retry}</button>
        </div>
      ) : (
        <>
          <Transport hasTurns={Boolean(transcript?.length)} store={store} m={m} callId={callId} getMomentUrl={getMomentUrl} takesNotes={Boolean(noteMaking.commands)} original={originalSwitch} />
          {LISTENING_NOTES[listening] && <p id={listeningNoteId} {...part('listening-note')}>{m[LISTENING_NOTES[listening]!]}</p>}
          <Suspense fallback={null}>
            <ReviewSection store={store} actions={actions} m={m} locale={locale} turns={Boolean(transcript?.length)} events={Boolean(events?.length)} />
          </Suspense>
        </>
      )}
    </div>
    </PlayerContext.Provider>
    </StylingProvider>
    </AuditContext.Provider>
  );
}

/**
 * Plays a call's stereo recording: caller (white) above assistant (purple), speed, seek, download,
 * and signed URLs that are refreshed before they expire or when storage refuses them.
 */
export const StereoRecordingPlayer = forwardRef<HTMLDivElement, StereoRecordingPlayerProps>(function StereoRecordingPlayer(props, ref) {
  return (
    <Guarded part="player" forwardedRef={ref} className={props.className} onError={props.onError} messages={props.messages}>
      <PlayerBody {...props} forwardedRef={ref} />
    </Guarded>
  );
});
