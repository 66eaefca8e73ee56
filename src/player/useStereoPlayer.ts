import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { CallsAdapter, RecordingSource, TranscriptTurn } from '../types.js';
import type { AuditType } from '../shared/audit.js';
import type { ConversationAnalysis } from '../analysis/analyzeConversation.js';
import { PlayerError } from '../errors.js';
import { adapterScope } from '../queries/keys.js';
import { useSignedRecording } from '../signed-url/useSignedRecording.js';
import type { SignedRecording } from '../signed-url/SignedRecording.js';
import { PlayerEngine, type PlayerCommands } from './engine/PlayerEngine.js';
import type { MutedRange } from './features/redaction/rangeMuting.js';
import type { AnyPlayerFeature, PlayerFeature } from './engine/feature.js';
import { useReportProblems } from '../shared/useReportProblems.js';
import { claimPlay, joinPlayGroup, PlayGroupContext } from '../shared/playGroup.js';
import { deriveStatus, heldBack, initialSnapshot, type PlayerSnapshot, type PlayerStatus } from './engine/state.js';
import { createStore, useStoreSlice, type Store } from './engine/store.js';

export interface UseStereoPlayerOptions {
  callId: string;
  adapter: CallsAdapter | undefined;
  onError?: ((error: Error) => void) | undefined;
  onTimeUpdate?: ((seconds: number) => void) | undefined;
  /** Turn markers, turn navigation; from the `transcript` prop or the panel. */
  transcript?: readonly TranscriptTurn[] | undefined;
  /** Seconds; longer recordings without peaks stream their waveform. */
  streamPeaksAfter?: number | undefined;
  /** Where playback starts (s), read when the call opens. */
  initialTime?: number | undefined;
  slowResponseMs?: number | undefined;
  onAnalysis?: ((analysis: ConversationAnalysis) => void) | undefined;
  /** An action a person took: playback started, a download started. */
  onAudit?: ((type: AuditType, at: number) => void) | undefined;
  /** The unredacted recording instead of the default one: its own signed-URL owner, its own engine. */
  variant?: 'original' | undefined;
  /** Where the engine made for a new variant starts, and whether it plays on: where the last one was. */
  resume?: { time: number; play: boolean } | null;
  /**
   * Ranges to silence in playback where the recording has no redacted file (a source without a
   * `variant`), and the reason then shown instead of Download.
   */
  muted?: { ranges: readonly MutedRange[]; downloadReason: string } | null;
  /**
   * The features the assembly names, attached in this order as the engine is made (before its media
   * loads). Its parts ask for theirs through `use`.
   */
  features?: readonly AnyPlayerFeature[] | undefined;
  /** Plays as soon as it can, read when the call opens (a browser may wait for the user's gesture). */
  autoPlay?: boolean | undefined;
}

export interface StereoPlayerState {
  /** The engine's store (a still one until the engine exists): components read the slices they show. */
  store: Store<PlayerSnapshot>;
  /** The first source the owner fetched (duration, peaks, variant), or null before it came. */
  source: RecordingSource | null;
  /** The store's status, or `error` when the recording's owner failed for good. */
  status: PlayerStatus;
  error: Error | null;
  /** false once the adapter said this call has no recording: render nothing. */
  hasRecording: boolean;
  /** The store is an engine's (not the still one before the engine is made). */
  live: boolean;
}

const IDLE_COMMANDS: PlayerCommands = {
  play: () => undefined, pause: () => undefined, toggle: () => undefined, seek: () => undefined, skip: () => undefined,
  setRate: () => undefined, stepRate: () => undefined, download: () => Promise.resolve(), toggleMix: () => undefined,
  goToTurn: () => false, stepZoom: () => undefined, setZoom: () => undefined, setSkipSilences: () => undefined,
};

const statusOf = (s: PlayerSnapshot) => s.status;
const NO_FEATURES: readonly AnyPlayerFeature[] = [];

/**
 * The player's behaviour: the recording's URL owner (one per call id), and one PlayerEngine (media
 * element + lanes) created in one effect and destroyed in its cleanup. A refreshed URL never gets
 * here: the owner hands it to the media when the media needs it.
 */
export function useStereoPlayer({ callId, adapter, onError, onTimeUpdate, transcript, streamPeaksAfter, initialTime, slowResponseMs, onAnalysis, onAudit, variant, resume = null, muted = null, features = NO_FEATURES, autoPlay = false }: UseStereoPlayerOptions) {
  const [attempt, setAttempt] = useState(0);
  const { owner, state: recording } = useSignedRecording(adapter, callId, attempt, variant);
  const resumeAt = useRef(resume);
  resumeAt.current = resume;
  // The lanes' element (a player of buttons only has none). Whether there is one when the engine is
  // made decides what it reads before Play; lanes that come, go or move later attach to the same engine.
  const lanes = useRef<HTMLDivElement | null>(null);
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const [created, setCreated] = useState<{ engine: PlayerEngine; owner: SignedRecording } | null>(null);
  const waveformRef = useCallback((element: HTMLDivElement | null) => {
    lanes.current = element;
    setContainer(element);
    // The lanes' code starts loading now, alongside the recording's URL, not once it has come.
    if (element) import('./engine/WaveformView.js').catch(() => undefined); // the engine's own import reports a failure
  }, []);
  // Only the engine of this call's owner: never a frame of the previous call's state.
  const engine = created && created.owner === owner ? created.engine : null;
  // What the parts asked for (their effects run before the engine's is made, when they come together).
  const wanted = useRef<AnyPlayerFeature[]>([]);
  // The engines that mute ranges (the muting's code is asked for once one has a range).
  const mutes = useRef(new WeakSet<PlayerEngine>());
  const current = useRef<PlayerEngine | null>(null);
  // A feature that changes how the media is read, asked for once the media is loading: the engine is
  // made anew from where it was (for this call only).
  const [remade, setRemade] = useState<{ callId: string; time: number; play: boolean } | null>(null);
  const use = useCallback(<Api>(feature: PlayerFeature<Api>): Api | undefined => {
    if (!wanted.current.some((f) => f.id === feature.id)) wanted.current.push(feature);
    const engine = current.current;
    if (!engine) return undefined;
    if (engine.has(feature) || !feature.beforeLoad) return engine.use(feature);
    const now = engine.store.get();
    setRemade({ callId, time: now.currentTime, play: now.intent === 'play' });
    return undefined;
  }, [callId]);
  const callbacks = useRef({ onError, onTimeUpdate, onAnalysis, onAudit });
  callbacks.current = { onError, onTimeUpdate, onAnalysis, onAudit };
  // Read when the call opens: a later change of the prop does not move a player that is in use.
  const startAt = useRef(initialTime);
  const playAtOnce = useRef(autoPlay);
  const group = useContext(PlayGroupContext);
  const slowLine = useRef(slowResponseMs);
  slowLine.current = slowResponseMs;
  const turns = useRef(transcript);
  turns.current = transcript;
  const firstSource = recording.source;
  // One file per side: the assistant's has an owner of its own (the caller's is `owner`'s).
  const { owner: companion } = useSignedRecording(adapter, callId, attempt, variant, firstSource?.channels ? 'assistant' : null);

  useEffect(() => {
    if (!owner || !firstSource || !adapter || (firstSource.channels && !companion)) return;
    const from = resumeAt.current ?? (remade?.callId === callId ? remade : null);
    const engine = new PlayerEngine({
      lanes: lanes.current !== null,
      features: [...features, ...wanted.current],
      callId,
      recording: owner,
      source: firstSource,
      companion,
      peaksKey: `${adapterScope(adapter)}:${callId}`,
      onError: (error) => callbacks.current.onError?.(error),
      onTimeUpdate: (t) => callbacks.current.onTimeUpdate?.(t),
      onDownload: (at) => callbacks.current.onAudit?.('download', at),
      streamPeaksAfter,
      initialTime: from ? from.time : startAt.current,
      slowResponseMs: slowLine.current,
    });
    engine.setTranscript(turns.current);
    if (from ? from.play : playAtOnce.current) engine.commands.play();
    // In a group of players (CallLogs' rows and panel) one plays at a time.
    const leave = group && joinPlayGroup(group, engine, engine.commands.pause);
    if (group && engine.store.get().intent === 'play') claimPlay(group, engine);
    let told: ConversationAnalysis | null = null;
    // Each start of playback is one action (resuming after a URL renewal is not: the intent never left 'play').
    let intent = engine.store.get().intent;
    const stopTelling = engine.store.subscribe(() => {
      const { analysis, intent: now, currentTime } = engine.store.get();
      if (analysis && analysis !== told) callbacks.current.onAnalysis?.((told = analysis));
      if (now !== intent) {
        intent = now;
        if (now === 'play') {
          if (group) claimPlay(group, engine);
          callbacks.current.onAudit?.('play', currentTime);
        }
      }
    });
    setCreated({ engine, owner });
    current.current = engine;
    return () => {
      if (current.current === engine) current.current = null;
      stopTelling();
      leave?.();
      engine.destroy();
      setCreated((c) => (c?.engine === engine ? null : c));
    };
  }, [owner, companion, firstSource, adapter, callId, streamPeaksAfter, features, remade, group]);

  useEffect(() => {
    engine?.setTranscript(transcript);
  }, [engine, transcript]);

  useEffect(() => {
    engine?.setSlowResponseMs(slowResponseMs);
  }, [engine, slowResponseMs]);

  // A redacted file (or its original, heard with permission) plays as it is; anything else is muted.
  const muteHere = muted && firstSource && firstSource.variant === undefined ? muted : null;
  const mutedRanges = useRef<readonly MutedRange[]>([]);
  mutedRanges.current = muteHere?.ranges ?? [];
  useEffect(() => {
    if (!engine || !firstSource) return;
    const ranges = mutedRanges.current;
    // Download is withheld at once, before the muting's code has come.
    const held = heldBack(firstSource);
    engine.store.set({ downloadBlocked: ranges.length ? (held ?? muteHere?.downloadReason ?? '') : held });
    if (!ranges.length && !mutes.current.has(engine)) return;
    mutes.current.add(engine);
    import('./features/redaction/feature.js').then(({ redactionMuting }) => {
      // The ranges as they are when its code comes (they may have changed meanwhile).
      if (!engine.disposed) engine.use(redactionMuting).set(mutedRanges.current);
    }, (cause: Error) => {
      // Without its code the redactions would be heard: the recording is not played, and Retry says why.
      if (!engine.disposed) owner?.unplayable(new PlayerError('not-playable', { cause, reason: cause.message }));
    });
  }, [engine, firstSource, owner, muteHere?.ranges, muteHere?.downloadReason]);

  // The lanes, wherever the lanes part is (attached anew when it moves; the media plays on).
  useEffect(() => (engine && container ? engine.attachLanes(container) : undefined), [engine, container]);

  // The owner's errors (no adapter, the first fetch, a refresh that kept failing) are reported once each.
  const reported = useRef<unknown>(null);
  useEffect(() => {
    if (recording.error && reported.current !== recording.error) {
      reported.current = recording.error;
      callbacks.current.onError?.(recording.error);
    }
  }, [recording.error]);

  // No recording is not a failure, but a host that put a player there wants to know: once, by its own code.
  useEffect(() => {
    if (recording.status === 'none') callbacks.current.onError?.(new PlayerError('no-recording'));
  }, [recording.status]);

  useReportProblems(useMemo(() => (firstSource ? [firstSource] : []), [firstSource]), onError);

  const still = useMemo(() => createStore(initialSnapshot(firstSource?.durationSeconds || 0), deriveStatus), [firstSource]);
  const store = engine?.store ?? still;
  // Only the status here: what else changes (the clock above all) is read by the parts that show it.
  const status = useStoreSlice(store, statusOf, 'loading');

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  const state: StereoPlayerState = {
    store,
    source: firstSource,
    error: recording.error,
    status: recording.error ? 'error' : status,
    hasRecording: recording.status !== 'none',
    live: engine !== null,
  };
  return { state, commands: engine?.commands ?? IDLE_COMMANDS, retry, waveformRef, use };
}
