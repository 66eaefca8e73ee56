// One turn of the transcript, with what was measured of it (the answer's time), the events during it,
// and, while it plays, its words in step with the clock.
import { Fragment, lazy, memo, Suspense, useCallback, type KeyboardEvent, type MouseEvent } from 'react';
import type { CallEvent, TranscriptTurn, TranscriptWord } from '../types.js';
import type { ResponseTime } from '../analysis/analyzeConversation.js';
import type { PanelWords } from '../i18n/messages.js';
import { eventTypeText, fillMessage, formatClock, formatSeconds } from '../format.js';
import type { PartProps } from '../theme/parts.js';
import { useStoreSlice, type Store } from '../player/engine/store.js';
import { splitMatches, wordIndexAt } from './transcript.js';
import { detailEntries } from './eventDetail.js';
import type { PlaybackClock } from './clock.js';

const AnswerLatency = lazy(() => import('./latency/AnswerLatency.js').then((m) => ({ default: m.AnswerLatency })));

export interface TurnRowProps {
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
  events: readonly CallEvent[] | undefined;
  response: ResponseTime | undefined;
  /** The scale of the answers' latency waterfalls (ms): the call's longest wait. */
  latencyScaleMs?: number;
  /** Only the playing turn gets the clock: its words follow it. */
  clock: Store<PlaybackClock> | null;
  locale: string | undefined;
  measure(element: HTMLElement | null): void;
  /** The notes on this turn, and the names of their labels (said after the text). */
  noted?: { words: ReadonlySet<number>; labels: string } | undefined;
  /** The first and last of its words picked with the keys for a note. */
  picking?: readonly [number, number] | null;
  /** The keys a focused turn answers to beyond Enter and Space (picking words for a note). */
  keyShortcuts?: string | undefined;
  part: (name: string) => PartProps;
  m: PanelWords;
}

/** One turn; re-renders only when its own props change (becoming active, a search, its match). */
export const TurnRow = memo(function TurnRow({ turn, index, count, gap, tail, active, query, currentMatch, onPlay, events, response, latencyScaleMs = 0, clock, locale, measure, noted, picking = null, keyShortcuts, part, m }: TurnRowProps) {
  let seen = -1;
  // Words picked with the keys show which they are, above all other marks.
  const picked = picking && turn.words?.length ? turn.words : null;
  const words = !picked && clock && turn.words?.length && !query.trim() ? turn.words : null;
  // Words a note covers are marked, unless a search or the playing word is what is marked now.
  const notedWords = !picked && !words && noted?.words.size && turn.words?.length && !query.trim() ? turn.words : null;
  const content = (
    <>
      <span {...part('speaker')}>{turn.speaker === 'caller' ? m.caller : m.assistant}</span>
      <span {...part('turn-time')}>{formatClock(turn.startSeconds)}</span>
      <span {...part('turn-text')} dir="auto">
        {picked && picking ? <PickedWords words={picked} span={picking} part={part} /> : words && clock ? <TurnWords words={words} clock={clock} /> : notedWords ? notedWords.map((word, i) => (
          <Fragment key={i}>
            {i > 0 && ' '}
            {noted!.words.has(i) ? <mark {...part('noted-words')} data-word-start={word.startSeconds}>{word.text}</mark> : <span data-word-start={word.startSeconds}>{word.text}</span>}
          </Fragment>
        )) : splitMatches(turn.text, query).map((piece, i) => {
          if (!piece.match) return piece.text;
          seen++;
          return <mark key={i} data-current={seen === currentMatch ? '' : undefined}>{piece.text}</mark>;
        })}
      </span>
      {response && (
        <span {...part('response-time')} data-slow={response.slow ? '' : undefined}>
          {fillMessage(m.answeredIn, { seconds: formatSeconds(response.seconds, m, locale) })}
          {response.slow && ` · ${m.slowAnswer}`}
        </span>
      )}
      {noted && <span {...part('turn-notes')}>{fillMessage(m.turnNoted, { labels: noted.labels })}</span>}
    </>
  );
  // A click on a word plays from that word; anywhere else on the turn, from the turn's start.
  const playFromClick = (event: MouseEvent<HTMLElement>) => {
    // The end of selecting words (to copy them, or to make a note of them) is not a click to play.
    const selection = event.currentTarget.ownerDocument.getSelection();
    if (selection && !selection.isCollapsed && event.currentTarget.contains(selection.anchorNode)) return;
    const word = (event.target as HTMLElement).closest<HTMLElement>('[data-word-start]');
    onPlay?.(word ? Number(word.dataset.wordStart) : turn.startSeconds);
  };
  const playFromKey = (event: KeyboardEvent<HTMLElement>) => {
    if (event.target !== event.currentTarget || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    event.stopPropagation();
    onPlay?.(turn.startSeconds);
  };
  return (
    <li
      ref={measure}
      data-index={index}
      data-speaker={turn.speaker}
      data-active={active ? '' : undefined}
      data-noted={noted ? '' : undefined}
      aria-setsize={count}
      aria-posinset={index + 1}
      style={gap || tail ? { marginTop: gap || undefined, marginBottom: tail || undefined } : undefined}
    >
      {onPlay ? (
        // A button's text cannot be selected with a mouse in Chromium; a turn's words must be (to copy
        // them, to make a note of them), so the turn is a button by role.
        <div role="button" tabIndex={0} {...part('turn-play')} aria-current={active ? 'true' : undefined} aria-keyshortcuts={keyShortcuts ? `Enter Space ${keyShortcuts}` : undefined} onClick={playFromClick} onKeyDown={playFromKey}>
          {content}
        </div>
      ) : (
        <div {...part('turn-static')}>{content}</div>
      )}
      {turn.latency && (
        <Suspense fallback={null}>
          <AnswerLatency latency={turn.latency} heardSeconds={response?.seconds ?? null} scaleMs={latencyScaleMs} m={m} locale={locale} part={part} />
        </Suspense>
      )}
      {events && events.length > 0 && (
        <ul {...part('turn-events')} aria-label={m.events}>
          {events.map((event, i) => <EventLine key={i} event={event} onPlay={onPlay} part={part} m={m} />)}
        </ul>
      )}
    </li>
  );
});

/** A turn's words with those picked for a note in one mark (the spaces between them marked too). */
function PickedWords({ words, span: [first, last], part }: { words: readonly TranscriptWord[]; span: readonly [number, number]; part: (name: string) => PartProps }) {
  const word = (w: TranscriptWord, i: number) => <span key={i} data-word-start={w.startSeconds}>{w.text}</span>;
  const joined = (from: number, to: number) => words.slice(from, to).flatMap((w, k) => (k > 0 ? [' ', word(w, from + k)] : [word(w, from + k)]));
  return (
    <>
      {joined(0, first)}
      {first > 0 && ' '}
      <mark {...part('picked-words')}>{joined(first, last + 1)}</mark>
      {last + 1 < words.length && ' '}
      {joined(last + 1, words.length)}
    </>
  );
}

/** The playing turn's words, the one being spoken marked; re-renders when the word changes, not with the clock. */
function TurnWords({ words, clock }: { words: readonly TranscriptWord[]; clock: Store<PlaybackClock> }) {
  const current = useStoreSlice(clock, useCallback((c: PlaybackClock) => wordIndexAt(words, c.currentTime), [words]), -1);
  return (
    <>
      {words.map((word, i) => (
        <Fragment key={i}>
          {i > 0 && ' '}
          <span data-word-start={word.startSeconds} data-current={i === current ? '' : undefined}>{word.text}</span>
        </Fragment>
      ))}
    </>
  );
}

export function EventLine({ event, onPlay, part, m }: { event: CallEvent; onPlay: ((seconds: number) => void) | null; part: (name: string) => PartProps; m: PanelWords }) {
  const text = `${eventTypeText(m, event.type)} ${event.label}`;
  const time = formatClock(event.atSeconds);
  return (
    <li {...part('turn-event')} data-type={event.type}>
      {onPlay ? (
        // Named by what it shows (time, then what happened), so speech input can say what is on screen.
        <button type="button" onClick={() => onPlay(event.atSeconds)}>
          <span {...part('turn-time')}>{time}</span> {text}
        </button>
      ) : (
        <span><span {...part('turn-time')}>{time}</span> {text}</span>
      )}
      {event.detail && <EventDetail detail={event.detail} part={part} m={m} />}
    </li>
  );
}

/** JSON arguments folded as a key/value list (a phone wraps them by pair, not mid-brace); other text as it is. */
function EventDetail({ detail, part, m }: { detail: string; part: (name: string) => PartProps; m: PanelWords }) {
  const entries = detailEntries(detail);
  if (!entries) return <code {...part('event-detail')}>{detail}</code>;
  return (
    <details {...part('event-detail')}>
      <summary>{m.eventArguments}</summary>
      <dl {...part('event-arguments')}>
        {entries.map(([key, value]) => (
          <Fragment key={key}>
            <dt>{key}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
    </details>
  );
}
