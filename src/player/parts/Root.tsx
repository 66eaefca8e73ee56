// A player a host lays out itself: the root owns the call's engine (one per call id, whatever its URL
// does) and hands it to the parts inside, in any order and any container.
import { forwardRef, memo, useCallback, useEffect, useMemo, useRef, useState, type ForwardedRef, type HTMLAttributes, type KeyboardEvent, type ReactNode } from 'react';
import type { CallsAdapter, TranscriptTurn } from '../../types.js';
import type { ConversationAnalysis } from '../../analysis/analyzeConversation.js';
import type { Messages } from '../../i18n/messages.js';
import { EN_PLAIN_PLAYER_WORDS } from '../../i18n/messages.player.js';
import { useCallsContext } from '../../queries/provider.js';
import { Guarded } from '../../shared/Guarded.js';
import { AuditContext, useAuditReporter, type OnAudit } from '../../shared/audit.js';
import { composeHandlers } from '../../shared/composeHandlers.js';
import { joinClasses } from '../../shared/joinClasses.js';
import { errorText } from '../../errors.js';
import { fillMessage } from '../../format.js';
import { rootStyling, StylingProvider, usePart, usePartFrom, useStyling, type StylingProps } from '../../theme/parts.js';
import { isReady, type PlayerSnapshot } from '../engine/state.js';
import { useStoreSlice } from '../engine/store.js';
import { ProgressText } from '../ProgressText.js';
import { handleShortcutKey } from '../shortcuts.js';
import { useStereoPlayer } from '../useStereoPlayer.js';
import { PlayerContext, usePlayerContext, type PlayerContextValue } from './context.js';

/** What a player of a call takes, whether laid out from parts or the default one: written once here. */
export interface PlayerCallProps {
  callId: string;
  /** Falls back to the CallsProvider's adapter. */
  adapter?: CallsAdapter;
  messages?: Partial<Messages>;
  /** BCP 47 tag for dates, numbers and durations; default the provider's, then the runtime's. */
  locale?: string;
  /** Every error, also the ones the player shows and recovers from (waveform, download). */
  onError?: (error: Error) => void;
  /** The playback position in seconds, as it changes. */
  onTimeUpdate?: (seconds: number) => void;
  /**
   * Height of each waveform lane in pixels; sets `--tt-lane-height` (without it, the CSS token rules).
   * @default 56
   */
  laneHeight?: number;
  /** The call's turns: markers on the lanes, previous/next turn (`PlayerTurnNav`) and the P/N keys. */
  transcript?: readonly TranscriptTurn[];
  /**
   * Recordings longer than this many seconds that come without `peaks` are not decoded whole: they
   * play at once and their lanes fill in from a stream.
   * @default 300
   */
  streamPeaksAfter?: number;
  /** Where playback starts, in seconds (a link to a moment); read when the call opens. */
  defaultTime?: number;
  /** Plays as soon as it can, read when the call opens (a browser may wait for a click on the page first). */
  autoPlay?: boolean;
  /**
   * Answers slower than this many seconds are marked slow (`ANALYSIS_THRESHOLDS.slowResponseSeconds`).
   * @default 1.2
   */
  slowResponseSeconds?: number;
  /** The conversation figures, once the lanes are complete (see `analyzeConversation`). */
  onAnalysis?: (analysis: ConversationAnalysis) => void;
  /**
   * One record per action a person takes, for a compliance log: `play` (each start of playback),
   * `download` (each download started), `copy-link` (a moment link copied), with the call, the position
   * (s) and the time.
   */
  onAudit?: OnAudit;
}

export interface PlayerRootProps extends Omit<HTMLAttributes<HTMLDivElement>, 'onError' | 'onTimeUpdate'>, StylingProps<string>, PlayerCallProps {
  children?: ReactNode;
}

const urlGenerationOf = (s: PlayerSnapshot) => s.urlGeneration;
const waveformOf = (s: PlayerSnapshot) => s.waveform;
const durationOf = (s: PlayerSnapshot) => s.duration;

function RootBody({ callId, adapter: adapterProp, messages: messagesProp, locale: localeProp, onError, onTimeUpdate, laneHeight, transcript, streamPeaksAfter, defaultTime, autoPlay, slowResponseSeconds, onAnalysis, onAudit, classNames, unstyled, theme, className, style, onKeyDown, children, forwardedRef, ...rest }: PlayerRootProps & { forwardedRef: ForwardedRef<HTMLDivElement> }) {
  const { adapter, messages: m, locale } = useCallsContext(EN_PLAIN_PLAYER_WORDS, { adapter: adapterProp, messages: messagesProp, locale: localeProp }, 'PlayerRoot');
  const audit = useAuditReporter(callId, onAudit);
  // No feature of its own: each part asks for the one it brings (`use`), and only those load.
  const { state, commands, retry, waveformRef, use } = useStereoPlayer({
    callId, adapter, onError, onTimeUpdate, transcript, streamPeaksAfter, initialTime: defaultTime, autoPlay,
    slowResponseMs: slowResponseSeconds === undefined ? undefined : slowResponseSeconds * 1000, onAnalysis, onAudit: audit,
  });
  const { store, status } = state;
  const styling = useStyling({ classNames, unstyled, theme });
  const part = usePartFrom(styling);
  const waveform = useStoreSlice(store, waveformOf, 'loading');
  const urlGeneration = useStoreSlice(store, urlGenerationOf, 0);
  const duration = useStoreSlice(store, durationOf, 0);
  const player: PlayerContextValue = useMemo(() => ({ store, commands, m, locale, callId, overrides: messagesProp, turns: transcript, lanesRef: waveformRef, use }), [store, commands, m, locale, callId, messagesProp, transcript, waveformRef, use]);
  const retryButton = useRef<HTMLButtonElement>(null);
  const failed = status === 'error' && state.error !== null;
  useEffect(() => {
    if (failed && (!document.activeElement || document.activeElement === document.body)) retryButton.current?.focus();
  }, [failed]);
  const ready = isReady(status);
  return (
    <AuditContext.Provider value={audit}>
      <StylingProvider value={styling}>
        <PlayerContext.Provider value={player}>
          <div
            ref={forwardedRef}
            role="group"
            aria-label={m.recording}
            {...rest}
            className={joinClasses(className, styling.classNames.root)}
            {...rootStyling(styling)}
            style={laneHeight === undefined ? style : { ...style, ['--tt-lane-height' as string]: `${laneHeight}px` }}
            data-talkturo-root=""
            data-talkturo-player=""
            data-layout="parts"
            data-state={state.hasRecording ? status : 'none'}
            data-waveform={waveform}
            data-url-generation={urlGeneration}
            onKeyDown={composeHandlers(onKeyDown, (event: KeyboardEvent<HTMLDivElement>) => handleShortcutKey(event, { commands, ready, duration }))}
          >
            {state.hasRecording ? children : <p {...part('waveform-note')}>{m.noRecording}</p>}
            {failed && (
              <div {...part('error')} role="alert">
                <p>{errorText(state.error!, m)}</p>
                <button type="button" ref={retryButton} {...part('retry')} onClick={retry}>{m.retry}</button>
              </div>
            )}
          </div>
        </PlayerContext.Provider>
      </StylingProvider>
    </AuditContext.Provider>
  );
}

/**
 * The root of a player laid out from parts: it loads the call's recording, keeps its signed URL fresh
 * and gives the parts inside it the state and commands they need. Keys work anywhere inside it.
 */
export const Root = /* @__PURE__ */ forwardRef<HTMLDivElement, PlayerRootProps>(function PlayerRoot(props, ref) {
  return (
    <Guarded part="player" forwardedRef={ref} className={props.className} onError={props.onError} messages={props.messages}>
      <RootBody {...props} forwardedRef={ref} />
    </Guarded>
  );
});

const waveformProgressOf = (s: PlayerSnapshot) => s.waveformProgress;

/** What the lanes are doing when they are not simply drawn: a skeleton, why they are missing, streaming. */
export const WaveformNotes = /* @__PURE__ */ memo(function WaveformNotes({ player: { store, m }, error }: { player: Pick<PlayerContextValue, 'store' | 'm'>; error: boolean }) {
  const part = usePart();
  const waveform = useStoreSlice(store, waveformOf, 'loading');
  const progress = useStoreSlice(store, waveformProgressOf, null);
  return (
    <>
      {waveform === 'loading' && <div {...part('skeleton')} />}
      {waveform === 'unavailable' && !error && <p {...part('waveform-note')}>{m.waveformUnavailable}</p>}
      {waveform === 'streaming' && progress !== null && (
        <p {...part('waveform-progress')}>
          <ProgressText fraction={progress} text={(percent) => fillMessage(m.waveformStreaming, { percent })} />
        </p>
      )}
    </>
  );
});

export type LanesProps = HTMLAttributes<HTMLDivElement>;

const LANES_TOUCH = { touchAction: 'pan-y pinch-zoom' } as const;

/**
 * The caller's and the assistant's waveforms: a click or drag seeks, Ctrl+wheel zooms. Without this
 * part the player loads no waveform at all.
 */
export const Lanes = /* @__PURE__ */ forwardRef<HTMLDivElement, LanesProps>(function PlayerLanes({ className, style, ...rest }, ref) {
  const player = usePlayerContext('Lanes');
  const part = usePart();
  const own = part('lanes');
  if (!player) return null;
  return (
    <div ref={ref} {...rest} data-part="lanes" className={joinClasses(own.className, className)} style={style}>
      {/* A sideways finger is a seek, never the page's pan (which would cancel it), styled or not. */}
      <div {...part('waveform')} dir="ltr" role="img" aria-label={player.m.recordingLanes} ref={player.lanesRef} style={LANES_TOUCH} />
      <WaveformNotes player={player} error={false} />
    </div>
  );
});
