import { forwardRef, useEffect, useRef, useState, type HTMLAttributes } from 'react';
import type { CallsAdapter, CallSummary } from '../types.js';
import type { Messages } from '../theme/messages.js';
import { EnsureQueryClient, useCallsContext } from '../queries/provider.js';
import { CallLogTable, type CallLogTableProps } from '../call-log/CallLogTable.js';
import { CallDetailPanel, type CallDetailPanelProps } from './CallDetailPanel.js';

export interface CallLogsProps extends Omit<HTMLAttributes<HTMLDivElement>, 'onError' | 'children'> {
  adapter?: CallsAdapter;
  messages?: Partial<Messages>;
  onError?: (error: Error) => void;
  /** Below this width (px) the panel opens as a drawer instead of beside the table (default 960). */
  splitMinWidth?: number;
  tableProps?: Omit<CallLogTableProps, 'adapter' | 'messages' | 'onSelectCall' | 'selectedCallId'>;
  panelProps?: Omit<CallDetailPanelProps, 'adapter' | 'messages' | 'callId'>;
}

/** The one-line embed: the call log, and the selected call beside it (or in a drawer when narrow). */
export const CallLogs = forwardRef<HTMLDivElement, CallLogsProps>(function CallLogs(
  { adapter, messages, onError, splitMinWidth = 960, tableProps, panelProps, className, ...rest }, ref,
) {
  const root = useRef<HTMLDivElement | null>(null);
  const drawer = useRef<HTMLDialogElement>(null);
  const [selected, setSelected] = useState<CallSummary | null>(null);
  const [wide, setWide] = useState(true);
  const { messages: m } = useCallsContext({ messages });

  useEffect(() => {
    const el = root.current;
    if (!el || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(([entry]) => setWide((entry?.contentRect.width ?? 0) >= splitMinWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, [splitMinWidth]);

  useEffect(() => {
    const dialog = drawer.current;
    if (!dialog) return;
    if (selected && !wide && !dialog.open) dialog.showModal();
    if ((!selected || wide) && dialog.open) dialog.close();
  }, [selected, wide]);

  const panel = selected && (
    <CallDetailPanel {...panelProps} callId={selected.id} adapter={adapter} messages={messages} onError={onError} />
  );

  return (
    <EnsureQueryClient>
      <div
        ref={(el) => {
          root.current = el;
          if (typeof ref === 'function') ref(el);
          else if (ref) ref.current = el;
        }}
        {...rest}
        className={className}
        data-talkturo-root=""
        data-talkturo-logs=""
        data-layout={wide ? 'split' : 'drawer'}
      >
        <CallLogTable {...tableProps} adapter={adapter} messages={messages} onError={onError} selectedCallId={selected?.id ?? null} onSelectCall={setSelected} />
        {wide && panel}
        <dialog ref={drawer} data-part="drawer" aria-label={m.callDetails} onClose={() => setSelected(null)}>
          <button type="button" data-part="close" onClick={() => setSelected(null)}>{m.closePanel}</button>
          {!wide && panel}
        </dialog>
      </div>
    </EnsureQueryClient>
  );
});
