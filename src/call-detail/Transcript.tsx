import { useEffect, useRef, useState } from 'react';
import type { TranscriptTurn } from '../types.js';
import type { Messages } from '../theme/messages.js';
import { fillMessage, formatClock } from '../format.js';
import { activeTurnIndex, countMatches, splitMatches, transcriptText } from './transcript.js';
import { copyText } from '../shared/copyText.js';
import { usePart } from '../theme/parts.js';

interface Props {
  turns: readonly TranscriptTurn[];
  currentTime: number;
  /** null when there is no recording to play. */
  onPlayFrom: ((seconds: number) => void) | null;
  m: Messages;
}

/** Turns as text (never HTML), the playing one highlighted and followed until the user scrolls away. */
export function Transcript({ turns, currentTime, onPlayFrom, m }: Props) {
  const part = usePart();
  const [query, setQuery] = useState('');
  const [following, setFollowing] = useState(true);
  const [copy, setCopy] = useState<'copied' | 'failed' | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const ourScroll = useRef(false);
  const active = onPlayFrom ? activeTurnIndex(turns, currentTime) : -1;

  useEffect(() => {
    const list = listRef.current;
    if (!following || active < 0 || !list) return;
    const item = list.querySelector<HTMLElement>(`[data-index="${active}"]`);
    if (!item) return;
    const top = item.offsetTop;
    if (top < list.scrollTop || top + item.offsetHeight > list.scrollTop + list.clientHeight) {
      ourScroll.current = true;
      list.scrollTop = Math.max(0, top - list.clientHeight / 3);
    }
  }, [active, following]);

  const stopFollowing = () => setFollowing(false);
  const matches = countMatches(turns, query);

  const copyAll = async () => {
    setCopy((await copyText(transcriptText(turns, { caller: m.caller, assistant: m.assistant }))) ? 'copied' : 'failed');
  };

  if (turns.length === 0) return <p {...part('empty-note')}>{m.noTranscript}</p>;
  return (
    <div {...part('transcript')}>
      <div {...part('transcript-tools')}>
        <input type="search" aria-label={m.searchTranscript} placeholder={m.searchTranscript} value={query} onChange={(e) => setQuery(e.currentTarget.value)} />
        {query.trim() && <span role="status">{fillMessage(m.matchCount, { count: matches })}</span>}
        <span {...part('spacer')} />
        {!following && onPlayFrom && (
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
        tabIndex={onPlayFrom ? undefined : 0}
        onWheel={stopFollowing}
        onTouchMove={stopFollowing}
        onScroll={() => {
          if (ourScroll.current) ourScroll.current = false;
          else stopFollowing();
        }}
      >
        {turns.map((turn, index) => {
          const content = (
            <>
              <span {...part('speaker')}>{turn.speaker === 'caller' ? m.caller : m.assistant}</span>
              <span {...part('turn-time')}>{formatClock(turn.startSeconds)}</span>
              <span {...part('turn-text')} dir="auto">
                {splitMatches(turn.text, query).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}
              </span>
            </>
          );
          return (
            <li key={index} data-index={index} data-speaker={turn.speaker} data-active={index === active ? '' : undefined}>
              {onPlayFrom ? (
                <button
                  type="button"
                  aria-current={index === active ? 'true' : undefined}
                  onClick={() => {
                    setFollowing(true);
                    onPlayFrom(turn.startSeconds);
                  }}
                >
                  {content}
                </button>
              ) : (
                <div {...part('turn-static')}>{content}</div>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
