import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { CallsAdapter, TranscriptTurn } from '../types.js';
import type { Messages } from '../theme/messages.js';
import { adapterScope } from '../queries/keys.js';
import { useSignedRecording } from '../signed-url/useSignedRecording.js';
import { initialSnapshot, PlayerEngine, type PlayerEngineOptions, type PlayerSnapshot } from './engine.js';
import type { Speaker, SpeakerMix } from './listening.js';
import { adjacentTurn } from './conversation.js';
import { PlayerError } from './errors.js';

export interface UseStereoPlayerOptions {
  callId: string;
  adapter: CallsAdapter | undefined;
  messages: Messages;
  onError?: ((error: Error) => void) | undefined;
  onTimeUpdate?: ((seconds: number) => void) | undefined;
  laneHeight?: number;
  /** Turn markers, turn navigation; from the `transcript` prop or the panel. */
  transcript?: readonly TranscriptTurn[] | undefined;
  /** Seconds; longer recordings without peaks stream their waveform. */
  streamPeaksAfter?: number | undefined;
}

export interface StereoPlayerActions {
  play(): void;
  pause(): void;
  toggle(): void;
  seek(seconds: number): void;
  skip(deltaSeconds: number): void;
  setRate(rate: number): void;
  stepRate(direction: 1 | -1): void;
  download(): Promise<void>;
  retry(): void;
  toggleMix(speaker: Speaker, what: keyof SpeakerMix): void;
  /** Seeks to the previous or next transcript turn; false when there is none. */
  goToTurn(direction: 1 | -1): boolean;
  stepZoom(direction: 1 | -1): void;
  setZoom(zoom: number): void;
}

export interface StereoPlayerState extends PlayerSnapshot {
  /** false once the adapter said this call has no recording: render nothing. */
  hasRecording: boolean;
}

const noopSubscribe = () => () => undefined;

const noAdapterErrors = new WeakMap<Messages, PlayerError>();
function noAdapterError(messages: Messages): PlayerError {
  let error = noAdapterErrors.get(messages);
  if (!error) noAdapterErrors.set(messages, (error = new PlayerError('no-adapter', messages.noAdapter)));
  return error;
}

function laneColors(root: HTMLElement | null): PlayerEngineOptions['colors'] {
  const style = root ? getComputedStyle(root) : null;
  const read = (name: string, fallback: string) => style?.getPropertyValue(name).trim() || fallback;
  return {
    caller: read('--tt-caller-wave', '#ffffff'),
    callerProgress: read('--tt-caller-progress', '#b9b9c6'),
    assistant: read('--tt-assistant-wave', '#a78bfa'),
    assistantProgress: read('--tt-assistant-progress', '#7c5cd6'),
    cursor: read('--tt-cursor', '#facc15'),
    // Regions live in wavesurfer's shadow root, which inherits custom properties: theme changes apply live.
    overlap: 'var(--tt-region-overlap)',
    silence: 'var(--tt-region-silence)',
    marker: 'var(--tt-turn-marker)',
  };
}

/**
 * The player's behaviour: fetches the signed recording, owns one PlayerEngine (media element +
 * wavesurfer) per call id, and feeds refreshed URLs to it without rebuilding anything.
 */
export function useStereoPlayer({ callId, adapter, messages, onError, onTimeUpdate, laneHeight = 56, transcript, streamPeaksAfter }: UseStereoPlayerOptions) {
  const { query, fetchFresh } = useSignedRecording(adapter, callId);
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const [engine, setEngine] = useState<PlayerEngine | null>(null);
  const [attempt, setAttempt] = useState(0);
  const callbacks = useRef({ onError, onTimeUpdate, fetchFresh, messages });
  const turns = useRef(transcript);
  turns.current = transcript;
  callbacks.current = { onError, onTimeUpdate, fetchFresh, messages };

  const source = query.data?.source ?? null;
  const hasSource = source !== null;
  const latestSource = useRef(source);
  latestSource.current = source;

  // One engine per call id (and per retry); a refreshed URL never gets here, it is offered below.
  useEffect(() => {
    if (!container || !hasSource || !adapter) return;
    const first = latestSource.current;
    if (!first) return;
    const created = new PlayerEngine({
      container,
      callId,
      source: first,
      fetchFreshSource: () => callbacks.current.fetchFresh(),
      peaksKey: `${adapterScope(adapter)}:${callId}`,
      colors: laneColors(container.closest('[data-talkturo-root]')),
      laneHeight,
      messages: callbacks.current.messages,
      onError: (error) => callbacks.current.onError?.(error),
      onTimeUpdate: (t) => callbacks.current.onTimeUpdate?.(t),
      ...(streamPeaksAfter === undefined ? {} : { streamPeaksAfter }),
    });
    setEngine(created);
    return () => {
      created.destroy();
      setEngine((e) => (e === created ? null : e));
    };
    // Keyed by call id: a new URL must not rebuild, so the source itself is not a dependency.
  }, [container, hasSource, adapter, callId, laneHeight, attempt, streamPeaksAfter]);

  useEffect(() => {
    if (engine && source) engine.offerSource(source);
  }, [engine, source]);

  useEffect(() => {
    engine?.setTranscript(transcript);
  }, [engine, transcript]);

  // A theme switch (a prop, a class, an ancestor's attribute) shows in CSS variables: repaint the lanes.
  const drawnColors = useRef('');
  useEffect(() => {
    if (!engine || !container) return;
    const colors = laneColors(container.closest('[data-talkturo-root]'));
    const key = JSON.stringify(colors);
    if (drawnColors.current && key !== drawnColors.current) engine.setColors(colors);
    drawnColors.current = key;
  });

  // Errors from the adapter (before an engine exists) are reported once each.
  const reported = useRef<unknown>(null);
  useEffect(() => {
    const error = !adapter ? noAdapterError(messages) : query.data ? null : query.error;
    if (error && reported.current !== error) {
      reported.current = error;
      callbacks.current.onError?.(error);
    }
  }, [adapter, query.error, query.data, messages]);

  const fallback = useMemo(() => initialSnapshot(source?.durationSeconds ?? 0), [source?.durationSeconds]);
  const snapshot = useSyncExternalStore(engine?.subscribe ?? noopSubscribe, engine?.getSnapshot ?? (() => fallback), () => fallback);

  const retry = useCallback(() => {
    void query.refetch();
    setAttempt((n) => n + 1);
  }, [query]);

  // A failed background refetch keeps the URL in hand; only a recording never fetched is an error here.
  const queryError = query.data ? null : query.error;
  const error: Error | null = !adapter ? noAdapterError(messages) : (queryError ?? snapshot.error);
  const state: StereoPlayerState = {
    ...snapshot,
    error,
    status: error ? 'error' : snapshot.status,
    hasRecording: !(query.isSuccess && source === null),
  };

  const actions: StereoPlayerActions = useMemo(() => {
    const e = engine;
    return {
      play: () => e?.play(),
      pause: () => e?.pause(),
      toggle: () => e?.toggle(),
      seek: (t) => e?.seek(t),
      skip: (d) => e?.skip(d),
      setRate: (r) => e?.setRate(r),
      stepRate: (d) => e?.stepRate(d),
      download: () => e?.download() ?? Promise.resolve(),
      retry,
      toggleMix: (speaker, what) => e?.toggleMix(speaker, what),
      goToTurn: (direction) => {
        const to = e && turns.current ? adjacentTurn(turns.current, e.getSnapshot().currentTime, direction) : null;
        if (to === null || !e) return false;
        e.seek(to);
        return true;
      },
      stepZoom: (d) => e?.stepZoom(d),
      setZoom: (z) => e?.setZoom(z),
    };
  }, [engine, retry]);

  return { state, actions, waveformRef: setContainer };
}
