import { forwardRef, useCallback, useEffect, useRef, useState, type HTMLAttributes } from 'react';
import { createPortal } from 'react-dom';
import type { CallsAdapter, CallSummary } from '../types.js';
import type { Messages } from '../theme/messages.js';
import { EnsureQueryClient, useCallsContext } from '../queries/provider.js';
import { CallLogTable, type CallLogTableProps, type CallLogTablePart } from '../call-log/CallLogTable.js';
import type { StereoRecordingPlayerPart } from '../player/StereoRecordingPlayer.js';
import { CallDetailPanel, type CallDetailPanelProps, type CallDetailPanelPart } from './CallDetailPanel.js';
import { rootStyling, StylingProvider, usePartFrom, useStyling, type StylingProps } from '../theme/parts.js';
import { joinClasses } from '../shared/joinClasses.js';

export type CallLogsPart = 'root' | 'side' | 'drawer' | 'close';

/** Styling props given here reach the table, the panel and the player too. */
export interface CallLogsProps extends Omit<HTMLAttributes<HTMLDivElement>, 'onError' | 'children'>, StylingProps<CallLogsPart | CallLogTablePart | CallDetailPanelPart | StereoRecordingPlayerPart> {
  adapter?: CallsAdapter;
  messages?: Partial<Messages>;
  onError?: (error: Error) => void;
  /** Below this width (px) the panel opens as a drawer instead of beside the table (default 960). */
  splitMinWidth?: number;
  tableProps?: Omit<CallLogTableProps, 'adapter' | 'messages' | 'onSelectCall' | 'selectedCallId'>;
  panelProps?: Omit<CallDetailPanelProps, 'adapter' | 'messages' | 'callId' | 'initialTime'>;
  /** The call open at first (a link to a call), before the user picks one. */
  defaultCallId?: string;
  /** Where that call's recording starts, in seconds (a link to a moment). */
  initialTime?: number;
}

/** The one-line embed: the call log, and the selected call beside it (or in a drawer when narrow). */
export const CallLogs = forwardRef<HTMLDivElement, CallLogsProps>(function CallLogs(
  { adapter, messages, onError, splitMinWidth = 960, tableProps, panelProps, defaultCallId, initialTime, classNames, unstyled, theme, className, ...rest }, ref,
) {
  const root = useRef<HTMLDivElement | null>(null);
  const drawer = useRef<HTMLDialogElement>(null);
  // The panel renders into one element that moves between the side column and the drawer, so a
  // resize across the breakpoint keeps the same panel (and the playing recording) alive. It is made
  // in the browser only, after mount (server rendering touches no document).
  const [panelHost, setPanelHost] = useState<HTMLDivElement | null>(null);
  useEffect(() => setPanelHost(document.createElement('div')), []);
  const placePanel = useCallback((slot: HTMLDivElement | null) => {
    if (slot && panelHost && panelHost.parentElement !== slot) slot.append(panelHost);
  }, [panelHost]);
  const closingForLayout = useRef(false);
  const [selected, setSelected] = useState<Pick<CallSummary, 'id'> | null>(defaultCallId ? { id: defaultCallId } : null);
  const [wide, setWide] = useState(true);
  const { messages: m } = useCallsContext({ messages });
  const styling = useStyling({ classNames, unstyled, theme });
  const part = usePartFrom(styling);

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
    if ((!selected || wide) && dialog.open) {
      // Closing because the layout changed is not the user closing the call.
      closingForLayout.current = Boolean(selected);
      dialog.close();
    }
  }, [selected, wide]);

  const panel = selected && panelHost && createPortal(
    <CallDetailPanel
      {...panelProps}
      callId={selected.id}
      adapter={adapter}
      messages={messages}
      onError={onError}
      // The moment belongs to the call the link opened, not to the next one the user picks.
      {...(initialTime !== undefined && selected.id === defaultCallId ? { initialTime } : {})}
    />,
    panelHost,
  );

  return (
    <EnsureQueryClient>
      <StylingProvider value={styling}>
      <div
        ref={(el) => {
          root.current = el;
          if (typeof ref === 'function') ref(el);
          else if (ref) ref.current = el;
        }}
        {...rest}
        className={joinClasses(className, styling.classNames.root)}
        {...rootStyling(styling)}
        data-talkturo-root=""
        data-talkturo-logs=""
        data-layout={wide ? 'split' : 'drawer'}
        data-open={selected ? '' : undefined}
      >
        <CallLogTable {...tableProps} adapter={adapter} messages={messages} onError={onError} selectedCallId={selected?.id ?? null} onSelectCall={setSelected} />
        <div ref={wide ? placePanel : undefined} {...part('side')} hidden={!wide || !selected} />
        <dialog
          ref={drawer}
          {...part('drawer')}
          aria-label={m.callDetails}
          onClose={() => {
            if (!closingForLayout.current) setSelected(null);
            closingForLayout.current = false;
          }}
        >
          <button type="button" {...part('close')} onClick={() => setSelected(null)}>{m.closePanel}</button>
          <div ref={wide ? undefined : placePanel} />
        </dialog>
        {panel}
      </div>
      </StylingProvider>
    </EnsureQueryClient>
  );
});
