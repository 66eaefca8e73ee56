import { useCallback, useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { Annotation, CallEvent, TranscriptTurn } from '../types.js';
import { notesByTurn } from './notes/turnNotes.js';
import { useWordSelection, wordPick, type WordPick } from './notes/useWordSelection.js';
import { caretSpan, stepCaret, WORD_KEY_SHORTCUTS, WORD_KEYS, wordKeyAction, type WordCaret } from './notes/wordKeys.js';
import type { ResponseTime } from '../analysis/analyzeConversation.js';
import type { PanelWords } from '../i18n/messages.js';
import { fillMessage, formatClock } from '../format.js';
import { activeTurnIndex, eventsByTurn, locateMatch, matchesPerTurn, transcriptText } from './transcript.js';
import { EventLine, TurnRow } from './TurnRow.js';
import { copyText } from '../shared/copyText.js';
import { usePart } from '../theme/parts.js';
import { useStoreSlice, type Store } from '../player/engine/store.js';
import { useTurnWindow } from './useTurnWindow.js';
import type { PlaybackClock } from './clock.js';

interface Props {
  turns: readonly TranscriptTurn[];
  /** Shown under the turn during which each happened. */
  events?: readonly CallEvent[] | undefined;
  /** Measured answers (from the player's analysis): shown beside the assistant turns they start. */
  responses?: readonly ResponseTime[] | undefined;
  clock: Store<PlaybackClock>;
  /** null when there is no recording to play. */
  onPlayFrom: ((seconds: number) => void) | null;
  /** Notes on the call: the turns and words they cover are marked. */
  notes?: readonly Annotation[] | undefined;
  labelName?: ((labelId: string | undefined) => string) | undefined;
  /** Given, words selected in a turn can be made a note. */
  onAnnotate?: ((pick: WordPick) => void) | undefined;
  m: PanelWords;
}

const NO_EVENTS: readonly CallEvent[] = [];
const NO_NOTES: readonly Annotation[] = [];
const NO_SCROLL_ANCHOR = { overflowAnchor: 'none' } as const;

const NAVIGATION_KEYS = new Set(['PageUp', 'PageDown', 'Home', 'End', 'ArrowUp', 'ArrowDown', ' ']);

/**
 * Turns as text (never HTML), the playing one highlighted and followed until the user scrolls away.
 * Only the turns in view are drawn, so a 10,000-turn call opens at once; search counts every turn and
 * steps to any match, and ↑/↓/Home/End move between turns however far they are.
 */
export function Transcript({ turns, events, responses, clock, onPlayFrom, notes = NO_NOTES, labelName, onAnnotate, m, locale }: Props & { locale?: string | undefined }) {
  const part = usePart();
  const [query, setQuery] = useState('');
  const [following, setFollowing] = useState(true);
  const [copy, setCopy] = useState<'copied' | 'failed' | null>(null);
  const [matchAt, setMatchAt] = useState(-1);
  const [focusTarget, setFocusTarget] = useState<number | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const playable = onPlayFrom !== null;
  // The active turn, not the time: the transcript re-renders when playback enters another turn.
  const active = useStoreSlice(clock, useCallback((c: PlaybackClock) => (playable ? activeTurnIndex(turns, c.currentTime) : -1), [turns, playable]), -1);
  const view = useTurnWindow(listRef, turns.length);
  const perTurn = useMemo(() => matchesPerTurn(turns, query), [turns, query]);
  const total = useMemo(() => perTurn.reduce((a, b) => a + b, 0), [perTurn]);
  const located = matchAt >= 0 ? locateMatch(perTurn, matchAt) : null;
  const eventsPerTurn = useMemo(() => eventsByTurn(turns, events ?? NO_EVENTS), [turns, events]);
  const notedPerTurn = useMemo(() => {
    const name = labelName ?? ((id: string | undefined) => id ?? m.noLabel);
    return new Map([...notesByTurn(turns, notes)].map(([index, entry]) => [index, { words: entry.words, labels: [...new Set(entry.notes.map((n) => name(n.labelId)))].join(', ') }]));
  }, [turns, notes, labelName, m.noLabel]);
  const selected = useWordSelection(listRef, turns, Boolean(onAnnotate));
  // Words picked with the keys win over a selection made with the mouse, until let go.
  const [caret, setCaret] = useState<WordCaret | null>(null);
  const caretTurn = caret ? turns[caret.turnIndex] : undefined;
  const caretWords = caret && caretTurn ? caretSpan(caret) : null;
  const picked = caret && caretTurn ? wordPick(caretTurn, caret.turnIndex, caretWords) : selected;
  const responsePerTurn = useMemo(() => new Map((responses ?? []).flatMap((r) => (r.turnIndex === null ? [] : [[r.turnIndex, r] as const]))), [responses]);
  // The answers' waterfalls share one scale: the longest wait of the call, reported or heard.
  const latencyScaleMs = useMemo(() => turns.reduce((most, turn, index) => {
    if (!turn.latency) return most;
    const reported = Object.values(turn.latency).reduce((sum: number, ms) => sum + (ms ?? 0), 0);
    return Math.max(most, reported, (responsePerTurn.get(index)?.seconds ?? 0) * 1000);
  }, 0), [turns, responsePerTurn]);

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
    view.reveal(to);
    setFocusTarget(to);
  };
  /** Keys on a focused turn that pick its words for a note; true when the key was one of them. */
  const pickWords = (event: KeyboardEvent<HTMLOListElement>, from: number): boolean => {
    const turn = turns[from];
    const press = onAnnotate && turn && (event.target as HTMLElement).matches('[data-part="turn-play"]') ? wordKeyAction(event) : null;
    if (!press || !turn || !onAnnotate) return false;
    if (press.action === 'move' || press.action === 'extend') {
      const next = stepCaret(caret, from, turn.words?.length ?? 0, press.direction, press.action === 'extend');
      if (!next) return false;
      setCaret(next);
    } else if (press.action === 'note') onAnnotate(caret?.turnIndex === from ? picked! : wordPick(turn, from, null));
    else {
      if (!caret) return false; // Escape is the host's (a drawer closes) when nothing is picked
      setCaret(null);
    }
    event.preventDefault();
    event.stopPropagation();
    return true;
  };
  const onListKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const from = Number((event.target as HTMLElement).closest('li')?.dataset.index ?? NaN);
    if (!Number.isNaN(from) && pickWords(event, from)) return;
    const step = { ArrowDown: from + 1, ArrowUp: from - 1, Home: 0, End: turns.length - 1 }[event.key];
    if (step !== undefined && !Number.isNaN(from)) {
      event.preventDefault();
      setCaret(null);
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

  if (turns.length === 0) {
    return (
      <>
        <p {...part('empty-note')}>{m.noTranscript}</p>
        {/* Without turns to put them under, the call's events are still listed at their times. */}
        {events && events.length > 0 && (
          <ul {...part('turn-events')} aria-label={m.events}>
            {events.map((event, i) => <EventLine key={i} event={event} onPlay={onPlayFrom} part={part} m={m} />)}
          </ul>
        )}
      </>
    );
  }
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
        {picked && onAnnotate && (
          // Pressed without taking the selection away: the words stay selected while the editor opens.
          <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => onAnnotate(picked)}>{m.noteSelection}</button>
        )}
        {onAnnotate && (
          <span role="status" {...part('sr-only')}>
            {caret && caretWords && caretTurn?.words && fillMessage(m.wordsPicked, {
              words: caretTurn.words.slice(caretWords[0], caretWords[1] + 1).map((w) => w.text).join(' '),
              start: formatClock(picked!.start),
              end: formatClock(picked!.end ?? picked!.start),
              noteKey: WORD_KEYS.note[0],
              clearKey: WORD_KEYS.clear[0],
            })}
          </span>
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
        // The window keeps the view in place as rows are measured; the browser's own anchoring would move it twice.
        style={NO_SCROLL_ANCHOR}
        onPointerDown={() => setCaret(null)}
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
            events={eventsPerTurn[index]}
            response={responsePerTurn.get(index)}
            latencyScaleMs={latencyScaleMs}
            clock={index === active ? clock : null}
            locale={locale}
            measure={view.measure}
            noted={notedPerTurn.get(index)}
            picking={caret?.turnIndex === index ? caretWords : null}
            keyShortcuts={onAnnotate ? WORD_KEY_SHORTCUTS : undefined}
            part={part}
            m={m}
          />
        ))}
      </ol>
    </div>
  );
}

