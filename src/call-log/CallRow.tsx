// One row of the log. Memoized: while the grid scrolls, rows already drawn keep their DOM and their
// formatted cells; only the rows coming into view render (and a row whose selection or focus changes).
import { memo, type ReactNode } from 'react';
import type { CallSummary } from '../types.js';
import type { LogWords } from '../i18n/messages.log.js';
import type { PartProps } from '../theme/parts.js';
import type { ColumnDef } from './columns.js';
import type { CallFormatters } from './format.js';

interface CallRowProps {
  call: CallSummary;
  index: number;
  rowId: string;
  top: number;
  selected: boolean;
  active: boolean;
  defs: readonly ColumnDef[];
  format: CallFormatters;
  m: LogWords;
  part: (name: string) => PartProps;
  onPick(index: number, call: CallSummary): void;
  /** This row's call is the one the log's rows play (paused or not). */
  playing: boolean;
  /** The Play column's cell (`playInRows`). */
  playCell?: ((call: CallSummary, index: number, playing: boolean) => ReactNode) | undefined;
}

export const CallRow = memo(function CallRow({ call, index, rowId, top, selected, active, defs, format, m, part, onPick, playing, playCell }: CallRowProps) {
  return (
    <div
      id={rowId}
      role="row"
      {...part('row')}
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-selected={selected ? '' : undefined}
      data-active={active ? '' : undefined}
      data-call-id={call.id}
      data-playing={playing ? '' : undefined}
      style={{ transform: `translateY(${top}px)` }}
      onClick={() => onPick(index, call)}
    >
      {defs.map((d) => (
        <div key={d.id} role="gridcell" data-align={d.align} data-column={d.id}>{d.id === 'play' ? playCell?.(call, index, playing) : d.cell(call, format, m, part)}</div>
      ))}
    </div>
  );
});
