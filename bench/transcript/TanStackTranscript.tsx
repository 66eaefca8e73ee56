// The peer: the same turns, markup and CSS parts in a list virtualized by TanStack Virtual, written the
// way its docs show for rows of unknown height (measureElement, absolute rows translated by `start`).
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { TranscriptTurn } from '@talkturo/components-react';

const clock = (s: number) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}`;

export function TanStackTranscript({ turns }: { turns: readonly TranscriptTurn[] }) {
  const list = useRef<HTMLOListElement>(null);
  const virtualizer = useVirtualizer({ count: turns.length, getScrollElement: () => list.current, estimateSize: () => 48, overscan: 8 });
  return (
    <div data-talkturo-root="" data-talkturo-panel="">
      <ol ref={list} data-part="turns" aria-label="Transcript">
        <li aria-hidden="true" style={{ height: virtualizer.getTotalSize(), listStyle: 'none' }} />
        {virtualizer.getVirtualItems().map((item) => {
          const turn = turns[item.index]!;
          return (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              data-speaker={turn.speaker}
              style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
            >
              <button type="button">
                <span data-part="speaker">{turn.speaker === 'caller' ? 'Caller' : 'Assistant'}</span>
                <span data-part="turn-time">{clock(turn.startSeconds)}</span>
                <span data-part="turn-text" dir="auto">{turn.text}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
