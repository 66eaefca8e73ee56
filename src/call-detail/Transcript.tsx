import { memo, useCallback, useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { TranscriptTurn } from '../types.js';
import type { Messages } from '../theme/messages.js';
import { fillMessage, formatClock } from '../format.js';
import { activeTurnIndex, locateMatch, matchesPerTurn, splitMatches, transcriptText } from './transcript.js';
import { copyText } from '../shared/copyText.js';
import { usePart, type PartProps } from '../theme/parts.js';
import { useStoreSlice, type Store } from '../player/engine/store.js';
import { useTurnWindow } from './useTurnWindow.js';

/** Where playback is, as the panel hears it from the player: the transcript follows it. */
export interface PlaybackClock {
  time: number;
}

interface Props {
  turns: readonly TranscriptTurn[];
  clock: Store<PlaybackClock>;
  /** null when there is no recording to play. */
  onPlayFrom: ((seconds: number) => void) | null;
  m: Messages;
}

const NAVIGATION_KEYS = new Set(['PageUp', 'PageDown', 'Home', 'End', 'ArrowUp', 'ArrowDown', ' ']);

/**
 * Turns as text (never HTML), the playing one highlighted and followed until the user scrolls away.
 * Only the turns in view are drawn, so a 10,000-turn call opens at once; search counts every turn and
 * steps to any match, and ↑/↓/Home/End move between turns however far they are.
 */
export function Transcript({ turns, clock, onPlayFrom, m }: Props) {
  const part = usePart();
  const [query, setQuery] = useState('');
  const [following, setFollowing] = useState(true);
  const [copy, setCopy] = useState<'copied' | 'failed' | null>(null);
  const [matchAt, setMatchAt] = useState(-1);
  const [focusTarget, setFocusTarget] = useState<number | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const playable = onPlayFrom !== null;
  // The active turn, not the time: the transcript re-renders when playback enters another turn.
  const active = useStoreSlice(clock, useCallback((c: PlaybackClock) => (playable ? activeTurnIndex(turns, c.time) : -1), [turns, playable]), -1);
  const view = useTurnWindow(listRef, turns.length);
  const perTurn = useMemo(() => matchesPerTurn(turns, query), [turns, query]);
  const total = useMemo(() => perTurn.reduce((a, b) => a + b, 0), [perTurn]);
  const located = matchAt >= 0 ? locateMatch(perTurn, matchAt) : null;

  const { scrollTo, inView } = view;
  useEffect(() => {
    if (following && active >= 0 && !inView(active)) scrollTo(active);
    // Not on `inView`, which changes with every scroll: following reacts to the turn, not to scrolling.
  }, [active, following, scrollTo]);

  useEffect(() => {
    if (focusTarget === null) return;
    const button = listRef.current?.querySelector<HTMLElement>(`li[data-index="${focusTarget}"] > :is(button, [tabindex])`);
    if (button) {
      button.focus({ preventScroll: true });
      // Where it really is, now that it is drawn and measured (scrollTo went by estimates).
      button.scrollIntoView({ block: 'nearest' });
      setFocusTarget(null);
    }
  });

  const stopFollowing = () => setFollowing(false);
  const stepMatch = (direction: 1 | -1) => {
    if (!total) return;
    const next = matchAt < 0 ? (direction === 1 ? 0 : total - 1) : (matchAt + direction + total) % total;
    setMatchAt(next);
    setFollowing(false);
    const at = locateMatch(perTurn, next);
    if (at) scrollTo(at.turn);
  };
  const moveFocus = (index: number) => {
    const to = Math.max(0, Math.min(turns.length - 1, index));
    setFollowing(false);
    view.setFocused(to); // drawn from now on, wherever the scrolling lands
    scrollTo(to);
    setFocusTarget(to);
  };
  const onListKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const from = Number((event.target as HTMLElement).closest('li')?.dataset.index ?? NaN);
    const step = { ArrowDown: from + 1, ArrowUp: from - 1, Home: 0, End: turns.length - 1 }[event.key];
    if (step !== undefined && !Number.isNaN(from)) {
      event.preventDefault();
      moveFocus(step);
    } else if (NAVIGATION_KEYS.has(event.key)) stopFollowing();
  };
  const copyAll = async () => {
    setCopy((await copyText(transcriptText(turns, { caller: m.caller, assistant: m.assistant }))) ? 'copied' : 'failed');
  };
  const onPlay = useCallback((seconds: number) => {
    setFollowing(true);
    onPlayFrom?.(seconds);
  }, [onPlayFrom]);

  if (turns.length === 0) return <p {...part('empty-note')}>{m.noTranscript}</p>;
  return (
    <div {...part('transcript')}>
      <div {...part('transcript-tools')}>
        <input
          type="search"
          aria-label={m.searchTranscript}
          placeholder={m.searchTranscript}
          value={query}
          onChange={(e) => {
            setQuery(e.currentTarget.value);
            setMatchAt(-1);
          }}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            stepMatch(e.shiftKey ? -1 : 1);
          }}
        />
        {query.trim() && (
          <>
            <span role="status">{located ? fillMessage(m.matchPosition, { current: matchAt + 1, count: total }) : fillMessage(m.matchCount, { count: total })}</span>
            <button type="button" aria-label={m.previousMatch} aria-keyshortcuts="Shift+Enter" disabled={!total} onClick={() => stepMatch(-1)}>↑</button>
            <button type="button" aria-label={m.nextMatch} aria-keyshortcuts="Enter" disabled={!total} onClick={() => stepMatch(1)}>↓</button>
          </>
        )}
        <span {...part('spacer')} />
        {!following && playable && (
          <button type="button" {...part('follow')} onClick={() => setFollowing(true)}>{m.followPlayback}</button>
        )}
        <button type="button" onClick={() => void copyAll()}>{m.copyTranscript}</button>
        {copy && <span role="status">{copy === 'copied' ? m.copied : m.copyFailed}</span>}
      </div>
      <ol
        ref={listRef}
        {...part('turns')}
        aria-label={m.tabTranscript}
        // Without turn buttons, the list itself must take focus so a keyboard can scroll it.
        tabIndex={playable ? undefined : 0}
        onWheel={stopFollowing}
        onTouchMove={stopFollowing}
        onKeyDown={onListKeyDown}
        onFocus={(e: FocusEvent<HTMLOListElement>) => {
          const index = Number((e.target as HTMLElement).closest('li')?.dataset.index ?? NaN);
          view.setFocused(Number.isNaN(index) ? null : index);
        }}
        onBlur={(e: FocusEvent<HTMLOListElement>) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) view.setFocused(null);
        }}
      >
        {view.rows.map(({ index, gap }, i) => (
          <TurnRow
            key={index}
            turn={turns[index]!}
            index={index}
            count={turns.length}
            // The turns not drawn are margins of the drawn ones (padding would grow a content-box list).
            gap={i === 0 ? view.before : gap}
            tail={i === view.rows.length - 1 ? view.after : 0}
            active={index === active}
            query={query}
            currentMatch={located?.turn === index ? located.within : -1}
            onPlay={playable ? onPlay : null}
            measure={view.measure}
            part={part}
            m={m}
          />
        ))}
      </ol>
    </div>
  );
}

interface TurnRowProps {
  turn: TranscriptTurn;
  index: number;
  count: number;
  /** Space of the turns left out above this one, and (for the last drawn turn) below it. */
  gap: number;
  tail: number;
  active: boolean;
  query: string;
  /** Which of this turn's matches is the search's current one, or -1. */
  currentMatch: number;
  onPlay: ((seconds: number) => void) | null;
  measure(element: HTMLElement | null): void;
  part: (name: string) => PartProps;
  m: Messages;
}

/** One turn; re-renders only when its own props change (becoming active, a search, its match). */
const TurnRow = memo(function TurnRow({ turn, index, count, gap, tail, active, query, currentMatch, onPlay, measure, part, m }: TurnRowProps) {
  let seen = -1;
  const content = (
    <>
      <span {...part('speaker')}>{turn.speaker === 'caller' ? m.caller : m.assistant}</span>
      <span {...part('turn-time')}>{formatClock(turn.startSeconds)}</span>
      <span {...part('turn-text')} dir="auto">
        {splitMatches(turn.text, query).map((piece, i) => {
          if (!piece.match) return piece.text;
          seen++;
          return <mark key={i} data-current={seen === currentMatch ? '' : undefined}>{piece.text}</mark>;
        })}
      </span>
    </>
  );
  return (
    <li
      ref={measure}
      data-index={index}
      data-speaker={turn.speaker}
      data-active={active ? '' : undefined}
      aria-setsize={count}
      aria-posinset={index + 1}
      style={gap || tail ? { marginTop: gap || undefined, marginBottom: tail || undefined } : undefined}
    >
      {onPlay ? (
        <button type="button" aria-current={active ? 'true' : undefined} onClick={() => onPlay(turn.startSeconds)}>
          {content}
        </button>
      ) : (
        <div {...part('turn-static')}>{content}</div>
      )}
    </li>
  );
});
