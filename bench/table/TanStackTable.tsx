// The peer: the same rows and cells in a grid virtualized by TanStack Virtual, written the way its docs
// show (absolute rows translated by `start`), styled by the same CSS parts, formatting through Intl
// formatters made once. What CallLogTable's scrolling is compared with.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { EN_MESSAGES, type CallSummary } from '../../src';
import { callFormatters } from '../../src/call-log/format';
import { directionText, recordingText, statusText } from '../../src/format';

const ROW_HEIGHT = 44;
const COLUMNS = '184px 96px 136px 136px 148px 120px 84px 92px 120px';

export function TanStackTable({ calls }: { calls: CallSummary[] }) {
  const scroller = useRef<HTMLDivElement>(null);
  const format = useMemo(() => callFormatters(undefined), []);
  const m = EN_MESSAGES;
  const virtualizer = useVirtualizer({ count: calls.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 6 });
  return (
    <div data-talkturo-root="" data-talkturo-log="" style={{ ['--tt-log-columns' as string]: COLUMNS }}>
      <div role="grid" aria-rowcount={calls.length} data-part="grid" ref={scroller} tabIndex={0}>
        <div role="rowgroup" data-part="body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const c = calls[item.index]!;
            return (
              <div key={c.id} role="row" data-part="row" aria-rowindex={item.index + 1} style={{ transform: `translateY(${item.start}px)` }}>
                <div role="gridcell">{format.dateTime(c.startedAt)}</div>
                <div role="gridcell">{directionText(m, c.direction)}</div>
                <div role="gridcell">{c.fromNumber ?? '—'}</div>
                <div role="gridcell">{c.toNumber ?? '—'}</div>
                <div role="gridcell">{c.assistantName ?? c.assistantId}</div>
                <div role="gridcell"><span data-part="status" data-status={c.status}>{statusText(m, c.status)}</span></div>
                <div role="gridcell" data-align="end">{format.duration(c.durationSeconds)}</div>
                <div role="gridcell" data-align="end">{format.money(c.costUsd)}</div>
                <div role="gridcell">
                  <span data-part="recording" data-recording={c.recording} title={recordingText(m, c.recording)}>
                    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 3v12m-4-4 4 4 4-4M5 21h14" fill="none" stroke="currentColor" strokeWidth="2" /></svg>
                    <span data-part="sr-only">{recordingText(m, c.recording)}</span>
                  </span>
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
