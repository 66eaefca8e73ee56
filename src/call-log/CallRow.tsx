// One row of the log. Memoized: while the grid scrolls, rows already drawn keep their DOM and their
// formatted cells; only the rows coming into view render (and a row whose selection or focus changes).
import { memo } from 'react';
import type { CallSummary } from '../types.js';
import type { LogWords } from '../theme/messages.log.js';
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
}

export const CallRow = memo(function CallRow({ call, index, rowId, top, selected, active, defs, format, m, part, onPick }: CallRowProps) {
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
      style={{ transform: `translateY(${top}px)` }}
      onClick={() => onPick(index, call)}
    >
      {defs.map((d) => (
        <div key={d.id} role="gridcell" data-align={d.align} data-column={d.id}>{d.cell(call, format, m, part)}</div>
      ))}
    </div>
  );
});
