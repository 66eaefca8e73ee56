// What a compliance log needs from the components: one record per action a person took on a call's
// recording or notes (played it, downloaded it, copied a link, opened the original, saved a note).
import { createContext, useCallback, useContext, useRef } from 'react';

export type AuditType = 'play' | 'download' | 'copy-link' | 'original' | 'note';

export interface AuditEvent {
  type: AuditType;
  callId: string;
  /** Where in the recording it happened (s). */
  at: number;
  /** When it happened: ISO 8601, on this browser's clock. */
  time: string;
}

export type OnAudit = (event: AuditEvent) => void;

export const auditEvent = (type: AuditType, callId: string, at: number): AuditEvent =>
  ({ type, callId, at: Math.round(Math.max(0, at) * 1000) / 1000, time: new Date().toISOString() });

/** The nearest component's way to report an action (its call and position filled in), or none. */
export const AuditContext = createContext<((type: AuditType, at?: number) => void) | null>(null);

export const useAudit = () => useContext(AuditContext);

/** A component's way to report an action on its call: stable, always the host's latest `onAudit`. */
export function useAuditReporter(callId: string, onAudit: OnAudit | undefined): (type: AuditType, at?: number) => void {
  const latest = useRef(onAudit);
  latest.current = onAudit;
  return useCallback((type: AuditType, at = 0) => latest.current?.(auditEvent(type, callId, at)), [callId]);
}
