import { forwardRef, lazy, Suspense, useCallback, useEffect, useRef, useState, type HTMLAttributes } from 'react';
import { createPortal } from 'react-dom';
import type { AnnotationLabel, CallsAdapter, CallSummary } from '../types.js';
import type { Messages } from '../i18n/messages.js';
import { EnsureQueryClient, useCallsContext } from '../queries/provider.js';
import { CallLogTable, type CallLogTableProps, type CallLogTablePart, type RowPlayback } from '../call-log/CallLogTable.js';
import { newPlayGroup, PlayGroupContext } from '../shared/playGroup.js';
import type { StereoRecordingPlayerPart } from '../player/StereoRecordingPlayer.js';
import type { CallDetailPanelProps, CallDetailPanelPart } from './CallDetailPanel.js';
import { EN_LOGS_MESSAGES } from '../i18n/messages.logs.js';

// The panel, the player and their words load when a call is first opened: the log shows without them.
const CallDetailPanel = lazy(() => import('./CallDetailPanel.js').then((m) => ({ default: m.CallDetailPanel })));
import { rootStyling, StylingProvider, usePartFrom, useStyling, type StylingProps } from '../theme/parts.js';
import { joinClasses } from '../shared/joinClasses.js';
import { useControllableState } from '../shared/useControllableState.js';

export type CallLogsPart = 'root' | 'side' | 'drawer' | 'close';

/** Styling props given here reach the table, the panel and the player too. */
export interface CallLogsProps extends Omit<HTMLAttributes<HTMLDivElement>, 'onError' | 'children'>, StylingProps<CallLogsPart | CallLogTablePart | CallDetailPanelPart | StereoRecordingPlayerPart> {
  adapter?: CallsAdapter;
  messages?: Partial<Messages>;
  /** BCP 47 tag for dates, numbers and durations; default the provider's, then the runtime's. */
  locale?: string;
  onError?: (error: Error) => void;
  /**
   * Below this width (px) the panel opens as a drawer instead of beside the table.
   * @default 960
   */
  splitMinWidth?: number;
  /** The table's own props; its selection is the open call (`callId`), its handlers are called too. */
  tableProps?: Omit<CallLogTableProps, 'adapter' | 'messages' | 'locale' | 'selectedCallId' | 'defaultSelectedCallId'>;
  panelProps?: Omit<CallDetailPanelProps, 'adapter' | 'messages' | 'locale' | 'callId' | 'defaultTime' | 'initialTime'>;
  /** Controlled open call (null: none), e.g. from the page's URL; leave undefined to let CallLogs keep it. */
  callId?: string | null;
  /** The call open at first (a link to a call), before the user picks one. */
  defaultCallId?: string | null;
  /** The user opened a call (a row) or closed it (null). */
  onCallIdChange?: (callId: string | null) => void;
  /** Where the first open call's recording starts, in seconds (a link to a moment). */
  defaultTime?: number;
  /** @deprecated Use `defaultTime`. */
  initialTime?: number;
  /** The labels of notes, for the table (a Labels column and filter) and the panel (naming them). */
  annotationLabels?: AnnotationLabel[];
}

/** The one-line embed: the call log, and the selected call beside it (or in a drawer when narrow). */
export const CallLogs = forwardRef<HTMLDivElement, CallLogsProps>(function CallLogs(
  { adapter, messages, locale, onError, splitMinWidth = 960, tableProps, panelProps, callId, defaultCallId, onCallIdChange, defaultTime, initialTime, annotationLabels, classNames, unstyled, theme, className, ...rest }, ref,
) {
  const startAt = defaultTime ?? initialTime;
  const root = useRef<HTMLDivElement | null>(null);
  const drawer = useRef<HTMLDialogElement>(null);
  // The panel renders into one element that moves between the side column and the drawer, so a
  // resize across the breakpoint keeps the same panel (and the playing recording) alive. It is made
  // in the browser only, after mount (server rendering touches no document).
  const [panelHost, setPanelHost] = useState<HTMLDivElement | null>(null);
  useEffect(() => setPanelHost(document.createElement('div')), []);
  // Fetched while the person looks at the list, so opening a call does not wait for it.
  useEffect(() => {
    const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback : (run: () => void) => setTimeout(run, 1_000);
    // A failure here is said when a call is opened (the panel's own load, in its boundary).
    idle(() => void import('./CallDetailPanel.js').catch(() => undefined));
  }, []);
  const placePanel = useCallback((slot: HTMLDivElement | null) => {
    if (slot && panelHost && panelHost.parentElement !== slot) slot.append(panelHost);
  }, [panelHost]);
  const closingForLayout = useRef(false);
  const [openId, setOpenId] = useControllableState<string | null>(callId, defaultCallId ?? null, onCallIdChange);
  // The first call opened is the one a link's moment belongs to, not the next one the user picks.
  const [firstOpen] = useState(() => callId ?? defaultCallId ?? null);
  // A call opened while its row played (tableProps.rowPlayer) carries on in the panel from there.
  const [carried, setCarried] = useState<(RowPlayback & { callId: string }) | null>(null);
  // The rows' player and the panel's take turns: one call plays at a time.
  const [group] = useState(newPlayGroup);
  const selected = openId ? { id: openId } : null;
  const setSelected = (call: Pick<CallSummary, 'id'> | null) => setOpenId(call?.id ?? null);
  const [wide, setWide] = useState(true);
  const { messages: m } = useCallsContext(EN_LOGS_MESSAGES, { messages });
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
    <Suspense fallback={<div data-talkturo-root="" data-talkturo-panel="" data-state="loading" aria-busy="true"><p>{m.loadingCall}</p></div>}>
    <CallDetailPanel
      {...(annotationLabels ? { annotationLabels } : {})}
      {...panelProps}
      callId={selected.id}
      adapter={adapter}
      messages={messages}
      locale={locale}
      onError={onError}
      {...(startAt !== undefined && selected.id === firstOpen ? { defaultTime: startAt } : {})}
      {...(carried?.callId === selected.id ? { defaultTime: carried.time, playerProps: { ...panelProps?.playerProps, autoPlay: carried.playing } } : {})}
    />
    </Suspense>,
    panelHost,
  );

  return (
    <EnsureQueryClient>
      <PlayGroupContext.Provider value={group}>
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
        <CallLogTable
          {...(annotationLabels ? { annotationLabels } : {})}
          {...tableProps}
          adapter={adapter}
          messages={messages}
          locale={locale}
          onError={onError}
          selectedCallId={openId}
          onSelectedCallIdChange={(id, call, playback) => {
            setCarried(id && playback ? { callId: id, ...playback } : null);
            setOpenId(id);
            tableProps?.onSelectedCallIdChange?.(id, call, playback);
          }}
        />
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
      </PlayGroupContext.Provider>
    </EnsureQueryClient>
  );
});
