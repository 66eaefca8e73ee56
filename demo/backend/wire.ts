// Domain objects → the Talkturo REST wire format (snake_case).
import type { CallDetail, CallEvent, CallListQuery, CallSummary, TranscriptTurn } from '../../src/types';

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export function summaryToWire(call: CallSummary): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(call)) {
    if (['summary', 'transcript', 'metadata', 'events', 'consent', 'legalHold', 'redacted', 'twoFiles', 'fixture', 'peaks'].includes(key)) continue;
    out[snake(key)] = value;
  }
  return out;
}

export function detailToWire(call: CallDetail): Record<string, unknown> {
  return {
    ...summaryToWire(call),
    ...(call.summary ? { summary: call.summary } : {}),
    ...(call.transcript ? { transcript: call.transcript.map(turnToWire) } : {}),
    ...(call.metadata ? { metadata: call.metadata } : {}),
    ...(call.events ? { events: call.events.map(eventToWire) } : {}),
    ...(call.consent ? { consent: { at_seconds: call.consent.atSeconds, ...(call.consent.label ? { label: call.consent.label } : {}) } } : {}),
  };
}

const eventToWire = (e: CallEvent) => ({
  type: e.type,
  label: e.label,
  at_seconds: e.atSeconds,
  ...(e.durationMs === undefined ? {} : { duration_ms: e.durationMs }),
  ...(e.detail === undefined ? {} : { detail: e.detail }),
});

const turnToWire = (t: TranscriptTurn) => ({
  speaker: t.speaker,
  text: t.text,
  start_seconds: t.startSeconds,
  ...(t.endSeconds === undefined ? {} : { end_seconds: t.endSeconds }),
  ...(t.words ? { words: t.words.map((w) => ({ text: w.text, start_seconds: w.startSeconds, end_seconds: w.endSeconds })) } : {}),
  ...(t.latency ? { latency: Object.fromEntries(Object.entries(t.latency).map(([stage, ms]) => [snake(stage), ms])) } : {}),
});

const SORT_FIELDS: Record<string, NonNullable<CallListQuery['sort']>['field']> = {
  started_at: 'startedAt', duration_seconds: 'durationSeconds', cost_usd: 'costUsd',
};

/** The query string of GET /api/calls → CallListQuery; throws a message for the 400 body. */
export function queryFromParams(params: URLSearchParams): CallListQuery {
  const list = (key: string) => params.get(key)?.split(',').filter(Boolean);
  const query: CallListQuery = {};
  const cursor = params.get('cursor');
  if (cursor) query.cursor = cursor;
  const limit = params.get('limit');
  if (limit) {
    const n = Number(limit);
    if (!Number.isInteger(n) || n < 1 || n > 500) throw new Error('limit must be a whole number from 1 to 500');
    query.limit = n;
  }
  for (const key of ['from', 'to'] as const) {
    const v = params.get(key);
    if (v) {
      if (Number.isNaN(Date.parse(v))) throw new Error(`${key} must be an ISO 8601 date`);
      query[key] = v;
    }
  }
  const status = list('status');
  if (status?.length) query.status = status;
  const direction = list('direction');
  if (direction?.length) query.direction = direction as CallListQuery['direction'];
  const assistant = params.get('assistant_id');
  if (assistant) query.assistantId = assistant;
  const label = params.get('label');
  if (label) query.labelId = label;
  const q = params.get('q');
  if (q) query.search = q;
  const sort = params.get('sort');
  if (sort) {
    const field = SORT_FIELDS[sort.replace(/^-/, '')];
    if (!field) throw new Error('sort must be one of started_at, duration_seconds, cost_usd, optionally prefixed with -');
    query.sort = { field, order: sort.startsWith('-') ? 'desc' : 'asc' };
  }
  return query;
}
