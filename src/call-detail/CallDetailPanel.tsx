import * as Tabs from '@radix-ui/react-tabs';
import { useQuery } from '@tanstack/react-query';
import { forwardRef, lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ForwardedRef, type HTMLAttributes } from 'react';
import type { AnnotationLabel, CallsAdapter } from '../types.js';
import { EN_PANEL_WORDS, type Messages } from '../i18n/messages.js';
import { isAdapterError } from '../adapter/errors.js';
import { callDetailOptions } from '../queries/options.js';
import { useNotes } from './notes/useNotes.js';
import { AuditContext, useAuditReporter, type OnAudit } from '../shared/audit.js';
import { fillMessage } from '../format.js';
import { requireAdapter, useCallsContext } from '../queries/provider.js';
import { Guarded } from '../shared/Guarded.js';
import { useControllableState } from '../shared/useControllableState.js';
import { useReportProblems } from '../shared/useReportProblems.js';
import { StereoRecordingPlayer, type StereoPlayerHandle, type StereoRecordingPlayerPart, type StereoRecordingPlayerProps } from '../player/StereoRecordingPlayer.js';
import { PlayerRelayContext } from '../player/parts/context.js';
import type { PlayerView } from './clock.js';
import { Details } from './Details.js';
import { Transcript } from './Transcript.js';
import type { ComposeRequest } from './notes/NotesTab.js';
import { createStore, useStoreSlice, type Store } from '../player/engine/store.js';
import { processingPollDelay } from './transcript.js';
import { rootStyling, StylingProvider, usePartFrom, useStyling, type StylingProps } from '../theme/parts.js';
import { joinClasses } from '../shared/joinClasses.js';

// Only for a call without a recording (most have one).
const RecordingNotice = lazy(() => import('./RecordingNotice.js').then((m) => ({ default: m.RecordingNotice })));

const NO_LABELS: AnnotationLabel[] = [];
const responsesOf = (s: PlayerView) => s.analysis?.responses;
// Only when someone opens the Notes tab.
const NotesTab = lazy(() => import('./notes/NotesTab.js').then((m) => ({ default: m.NotesTab })));
const CallPipeline = lazy(() => import('./latency/CallPipeline.js').then((m) => ({ default: m.CallPipeline })));

export type CallDetailTab = 'transcript' | 'summary' | 'details' | 'notes';

export type CallDetailPanelPart = 'root' | 'panel-loading' | 'skeleton' | 'error' | 'recording' | 'tabs' | 'tab-list' | 'tab-panel' | 'transcript' | 'transcript-tools' | 'turns' | 'pipeline' | 'pipeline-bar' | 'pipeline-heard' | 'pipeline-stages' | 'pipeline-summary' | 'turn-static' | 'speaker' | 'turn-time' | 'turn-text' | 'follow' | 'summary-text' | 'details' | 'field' | 'metadata' | 'recording-notice' | 'recording-setting' | 'switch-track' | 'switch-thumb' | 'warning' | 'empty-note' | 'spacer' | 'response-time' | 'turn-events' | 'turn-event' | 'event-detail' | 'event-arguments' | 'notes' | 'note-editor' | 'note-list' | 'note' | 'note-label' | 'note-time' | 'note-author' | 'note-text' | 'note-actions' | 'note-error' | 'note-labels' | 'note-chip' | 'turn-notes' | 'noted-words' | 'picked-words' | 'sr-only' | 'turn-play';

/** The player's own props, given through the panel's `playerProps`: the panel gives it the call and what it knows of it. */
export type CallDetailPlayerProps = Omit<StereoRecordingPlayerProps, 'callId' | 'adapter' | 'messages' | 'locale' | 'onError' | 'apiRef' | 'transcript' | 'events' | 'redactions' | 'annotations' | 'annotationLabels' | 'onAnnotate' | 'onAnnotationChange' | 'defaultTime' | 'initialTime' | 'slowResponseSeconds' | 'slowResponseMs' | 'allowOriginal' | 'muteRedactions' | 'getMomentUrl' | 'onAudit'>;

export interface CallDetailPanelProps extends Omit<HTMLAttributes<HTMLDivElement>, 'onError' | 'children'>, StylingProps<CallDetailPanelPart | StereoRecordingPlayerPart> {
  callId: string;
  adapter?: CallsAdapter;
  messages?: Partial<Messages>;
  /** BCP 47 tag for dates, numbers and durations; default the provider's, then the runtime's. */
  locale?: string;
  onError?: (error: Error) => void;
  /** Controlled tab; leave undefined to let the panel keep it. */
  tab?: CallDetailTab;
  /**
   * The tab open at first when the panel keeps it.
   * @default 'transcript'
   */
  defaultTab?: CallDetailTab;
  onTabChange?: (tab: CallDetailTab) => void;
  /**
   * Offer the "record future calls" switch when recording was off (needs `setRecordingEnabled`).
   * @default false
   */
  allowRecordingSettings?: boolean;
  /** Where the recording starts, in seconds (a link to a moment); read when the call opens. */
  defaultTime?: number;
  /** @deprecated Use `defaultTime`. */
  initialTime?: number;
  /**
   * The recording player's own props (`autoPlay`, `laneHeight`, `streamPeaksAfter`, `onTimeUpdate`,
   * `onAnalysis`, `className`, `style`…). The ones the panel reads too stay the panel's: `defaultTime`,
   * `slowResponseSeconds`, `allowOriginal`, `muteRedactions`, `getMomentUrl`, `onAudit`.
   */
  playerProps?: CallDetailPlayerProps;
  /** A link to this call at a time: given, the player offers "Copy link to this moment". */
  getMomentUrl?: (callId: string, seconds: number) => string;
  /**
   * Answers slower than this many seconds are marked slow (`ANALYSIS_THRESHOLDS.slowResponseSeconds`).
   * @default 1.2
   */
  slowResponseSeconds?: number;
  /** @deprecated Use `slowResponseSeconds`. */
  slowResponseMs?: number;
  /** The labels a note can carry ("Hallucination", "Wrong transfer"…); shown with a call's notes. */
  annotationLabels?: AnnotationLabel[];
  /** A note to open selected (a link to it, `?note=`): the Notes tab opens on it once the notes are in. */
  defaultNoteId?: string;
  /** A link to a note: given, each note offers "Copy link to this note". */
  getNoteUrl?: (callId: string, noteId: string) => string;
  /**
   * Whether this viewer may make, edit and delete notes (the backend's `canEdit` per note still applies).
   * Notes show only when the adapter has `listAnnotations`.
   * @default true
   */
  canAnnotate?: boolean;
  /** Whether this viewer may switch the player to the unredacted original (see the player's prop). */
  allowOriginal?: boolean;
  /** Silence the call's redactions in playback when its recording is not redacted (see the player's prop). */
  muteRedactions?: boolean;
  /**
   * One record per action a person takes, for a compliance log: `play`, `download`, `copy-link` (a
   * moment or a note), `original` (the unredacted recording opened), `note` (a note saved or deleted).
   */
  onAudit?: OnAudit;
}

function PanelBody({ callId, adapter: adapterProp, messages: messagesProp, locale: localeProp, onError, tab, defaultTab = 'transcript', onTabChange, allowRecordingSettings = false, defaultTime, initialTime: deprecatedTime, playerProps, getMomentUrl, slowResponseSeconds, slowResponseMs: deprecatedSlowMs, annotationLabels = NO_LABELS, canAnnotate = true, allowOriginal = false, muteRedactions = false, defaultNoteId, getNoteUrl, onAudit, classNames, unstyled, theme, className, forwardedRef, ...rest }: CallDetailPanelProps & { forwardedRef: ForwardedRef<HTMLDivElement> }) {
  const initialTime = defaultTime ?? deprecatedTime;
  const { adapter: contextAdapter, messages: m, locale } = useCallsContext(EN_PANEL_WORDS, { adapter: adapterProp, messages: messagesProp, locale: localeProp }, 'CallDetailPanel');
  const adapter = requireAdapter(contextAdapter);
  const styling = useStyling({ classNames, unstyled, theme });
  const part = usePartFrom(styling);
  const detail = useQuery({
    ...callDetailOptions(adapter, callId),
    // A processing recording becomes available within seconds of the call ending: poll, backing off.
    refetchInterval: (q) => (q.state.data?.recording === 'processing' ? processingPollDelay(q.state.dataUpdateCount - 1) : false),
  });
  const [activeTab, setTab] = useControllableState<CallDetailTab>(tab, defaultTab, onTabChange);
  // The player's own state, read where it is (no copy): the transcript and notes follow its clock without
  // the panel re-rendering, and the figures (once the lanes are complete) give the response times. Before
  // the player has an engine: where it starts (a link to a moment), once per call.
  const [engineStore, follow] = useState<{ callId: string; store: Store<PlayerView> } | null>(null);
  const still = useMemo(() => createStore<PlayerView>({ currentTime: initialTime ?? 0, analysis: null }), [callId]);
  const view = engineStore?.callId === callId ? engineStore.store : still;
  const relay = useCallback((store: Store<PlayerView>) => follow({ callId, store }), [callId]);
  const responses = useStoreSlice(view, responsesOf, undefined);
  const player = useRef<StereoPlayerHandle>(null);
  // The same query as the Notes tab's: one request, the track and the list always agree.
  const audit = useAuditReporter(callId, onAudit);
  const { notes, save: saveNote } = useNotes(adapter, callId, audit);
  // Notes the backend sent that could not be read are left out and told to the host.
  useReportProblems(useMemo(() => (notes.data ? [notes.data] : []), [notes.data]), onError);
  const [compose, setCompose] = useState<ComposeRequest | null>(null);
  const takesNotes = Boolean(adapter.listAnnotations && adapter.createAnnotation && canAnnotate);
  // A range note's ends moved on the track: saved as any edit is (optimistic, rolled back on failure).
  const { mutateAsync: saveNoteAsync } = saveNote;
  const retimeNote = useCallback((id: string, range: { start: number; end: number }) => {
    const note = notes.data?.find((n) => n.id === id);
    if (!note) return;
    return saveNoteAsync({ id, draft: { start: range.start, end: range.end, turnIndex: note.turnIndex, words: note.words, labelId: note.labelId, text: note.text ?? '' } });
  }, [notes.data, saveNoteAsync]);
  const annotate = useCallback((range: ComposeRequest['range']) => {
    setCompose((old) => ({ range, serial: (old?.serial ?? 0) + 1 }));
    setTab('notes');
  }, [setTab]);
  // A link to a note opens the Notes tab on it, once, when the notes arrive.
  const openedNote = useRef<string | null>(null);
  const linkedNote = defaultNoteId && notes.data?.some((n) => n.id === defaultNoteId) ? defaultNoteId : null;
  useEffect(() => {
    if (!linkedNote || openedNote.current === linkedNote) return;
    openedNote.current = linkedNote;
    setTab('notes');
  }, [linkedNote, setTab]);
  // The moment the caller consented is an event like the others: on the track and in the transcript.
  const loaded = detail.data;
  const events = useMemo(() => {
    if (!loaded?.consent) return loaded?.events;
    const consent = { type: 'consent', label: loaded.consent.label ?? m.consentGiven, atSeconds: loaded.consent.atSeconds };
    return [...(loaded.events ?? []), consent].sort((a, b) => a.atSeconds - b.atSeconds);
  }, [loaded, m.consentGiven]);
  const labelName = useCallback((id: string | undefined) => annotationLabels.find((l) => l.id === id)?.name ?? m.noLabel, [annotationLabels, m.noLabel]);
  const playFrom = useCallback((seconds: number) => player.current?.playFrom(seconds), []);
  const call = detail.data;
  useReportProblems(useMemo(() => (call ? [call] : []), [call]), onError);
  const state = detail.isPending ? 'loading' : detail.isError ? 'error' : 'ready';
  const notFound = detail.isError && isAdapterError(detail.error) && detail.error.code === 'not-found';

  return (
    <StylingProvider value={styling}>
    <div ref={forwardedRef} {...rest} className={joinClasses(className, styling.classNames.root)} {...rootStyling(styling)} data-talkturo-root="" data-talkturo-panel="" data-call-id={callId} data-state={state} aria-busy={detail.isPending}>
      {state === 'loading' && (
        <div {...part('panel-loading')}>
          <div {...part('skeleton')} style={{ height: 180 }} />
          <p role="status">{m.loadingCall}</p>
        </div>
      )}
      {state === 'error' && (
        <div {...part('error')} role="alert">
          <p>{notFound ? m.callNotFound : detail.error?.message}</p>
          {!notFound && <button type="button" onClick={() => void detail.refetch()}>{m.retry}</button>}
        </div>
      )}
      {call && (
        <>
          <section {...part('recording')} aria-label={m.recording}>
            {call.recording === 'available' ? (
              <PlayerRelayContext.Provider value={relay}>
              <StereoRecordingPlayer
                {...playerProps}
                key={call.id}
                callId={call.id}
                adapter={adapter}
                apiRef={player}
                onError={onError}
                messages={messagesProp}
                locale={localeProp}
                transcript={call.transcript}
                events={events}
                {...(call.redactions?.length ? { redactions: call.redactions } : {})}
                allowOriginal={allowOriginal}
                muteRedactions={muteRedactions}
                {...(notes.data?.length ? { annotations: notes.data, annotationLabels } : {})}
                {...(takesNotes ? { onAnnotate: annotate } : {})}
                {...(takesNotes && adapter.updateAnnotation ? { onAnnotationChange: retimeNote } : {})}
                defaultTime={initialTime}
                getMomentUrl={getMomentUrl}
                onAudit={onAudit}
                slowResponseSeconds={slowResponseSeconds}
                slowResponseMs={deprecatedSlowMs}
              />
              </PlayerRelayContext.Provider>
            ) : (
              <Suspense fallback={null}><RecordingNotice call={call} adapter={adapter} m={m} allowSettings={allowRecordingSettings} onError={onError} /></Suspense>
            )}
          </section>
          <AuditContext.Provider value={audit}>
          <Tabs.Root value={activeTab} onValueChange={(v) => setTab(v as CallDetailTab)} {...part('tabs')}>
            <Tabs.List aria-label={m.callDetails} {...part('tab-list')}>
              <Tabs.Trigger value="transcript">{m.tabTranscript}</Tabs.Trigger>
              <Tabs.Trigger value="summary">{m.tabSummary}</Tabs.Trigger>
              <Tabs.Trigger value="details">{m.tabDetails}</Tabs.Trigger>
              {adapter.listAnnotations && <Tabs.Trigger value="notes">{m.tabNotes}</Tabs.Trigger>}
            </Tabs.List>
            <Tabs.Content value="transcript" {...part('tab-panel')}>
              {call.unreadableTurns ? <p {...part('empty-note')}>{fillMessage(m.unreadableTurns, { count: call.unreadableTurns })}</p> : null}
              <Transcript
                turns={call.transcript ?? []}
                events={events}
                responses={responses}
                clock={view}
                onPlayFrom={call.recording === 'available' ? playFrom : null}
                notes={notes.data}
                labelName={labelName}
                onAnnotate={takesNotes ? annotate : undefined}
                m={m}
                locale={locale}
              />
            </Tabs.Content>
            <Tabs.Content value="summary" {...part('tab-panel')}>
              <p {...part('summary-text')}>{call.summary ?? m.noSummary}</p>
              {call.transcript?.some((turn) => turn.latency) && (
                <Suspense fallback={null}>
                  <CallPipeline turns={call.transcript} responses={responses} m={m} locale={locale} part={part} />
                </Suspense>
              )}
            </Tabs.Content>
            <Tabs.Content value="details" {...part('tab-panel')}>
              <Details call={call} m={m} locale={locale} />
            </Tabs.Content>
            {adapter.listAnnotations && (
              <Tabs.Content value="notes" {...part('tab-panel')}>
                <Suspense fallback={<p {...part('empty-note')}>{m.loadingNotes}</p>}>
                <NotesTab adapter={adapter} callId={callId} labels={annotationLabels} canAnnotate={canAnnotate} clock={view} onPlayFrom={call.recording === 'available' ? playFrom : null} compose={compose} selectedId={linkedNote} getNoteUrl={getNoteUrl} m={m} />
                </Suspense>
              </Tabs.Content>
            )}
          </Tabs.Root>
          </AuditContext.Provider>
        </>
      )}
    </div>
    </StylingProvider>
  );
}

/** One call: its recording on top, then Transcript, Summary and Details tabs. */
export const CallDetailPanel = forwardRef<HTMLDivElement, CallDetailPanelProps>(function CallDetailPanel(props, ref) {
  return (
    <Guarded part="panel" forwardedRef={ref} className={props.className} onError={props.onError} messages={props.messages}>
      <PanelBody {...props} forwardedRef={ref} />
    </Guarded>
  );
});
