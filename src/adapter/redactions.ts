// Redacted text and ranges from the wire. A turn's `redactions` (character offsets into the original
// text, as AssemblyAI's and Deepgram's entity detection give them) are applied here, before anything
// is stored: the original words never reach the cache, the DOM, a copy or the search. The turn keeps
// where its placeholders are; its word timings go (they would carry the words).
import type { Redaction, TranscriptTurn } from '../types.js';
import type { AdapterError } from './errors.js';
import { array, compact, invalid, lenient, object } from './read.js';

/** "phone_number" → "phone number"; none → "redacted". */
export const entityWords = (entity: string | undefined): string => (entity ? entity.replace(/[_-]+/g, ' ').trim().toLowerCase() : 'redacted');

export const placeholder = (entity: string | undefined) => `[${entityWords(entity)}]`;

interface Span { start: number; end: number; entity?: string }

/** The text with each span replaced by its placeholder, and where the placeholders are. Spans may overlap or come unsorted. */
export function maskText(text: string, spans: readonly Span[]): { text: string; masked: Span[] } {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  let out = '';
  let at = 0;
  const masked: Span[] = [];
  for (const span of merged) {
    const start = Math.max(at, Math.min(span.start, text.length));
    out += text.slice(at, start);
    const words = placeholder(span.entity);
    masked.push(compact({ start: out.length, end: out.length + words.length, entity: span.entity }));
    out += words;
    at = Math.max(start, Math.min(span.end, text.length));
  }
  return { text: out + text.slice(at), masked };
}

function offset(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw invalid(path, 'a character offset (a whole number, 0 or more)', value);
  return value;
}

/**
 * A turn's redactions applied. A span that cannot be read hides the whole text: better a turn that says
 * nothing than one that says what it should not.
 */
export function maskedTurn(turn: TranscriptTurn, value: unknown, path: string, problems: AdapterError[]): TranscriptTurn {
  if (value === undefined || value === null) return turn;
  let spans: Span[];
  try {
    spans = array(value, path).map((item, i) => {
      const o = object(item, `${path}[${i}]`);
      const start = offset(o.start_char ?? o.startChar ?? o.start, `${path}[${i}].start_char`);
      const end = offset(o.end_char ?? o.endChar ?? o.end, `${path}[${i}].end_char`);
      const entity = o.entity ?? o.entity_type ?? o.entityType ?? o.label;
      return compact({ start, end, entity: typeof entity === 'string' ? entity : undefined });
    });
  } catch (error) {
    problems.push(error as AdapterError);
    spans = [{ start: 0, end: turn.text.length }];
  }
  if (!spans.length) return turn;
  const { words: _dropped, ...rest } = turn;
  return { ...rest, ...maskText(turn.text, spans) };
}

export function redactionsFromWire(value: unknown, path: string, problems: AdapterError[]): Redaction[] | undefined {
  if (value === undefined || value === null) return undefined;
  const list = lenient(problems, () => array(value, path)) ?? [];
  const out: Redaction[] = [];
  list.forEach((item, i) => {
    lenient(problems, () => {
      const o = object(item, `${path}[${i}]`);
      const start = o.start ?? o.start_seconds;
      const end = o.end ?? o.end_seconds;
      if (typeof start !== 'number' || !Number.isFinite(start) || start < 0) throw invalid(`${path}[${i}].start`, 'a number of seconds (0 or more)', start);
      if (typeof end !== 'number' || !Number.isFinite(end) || end < start) throw invalid(`${path}[${i}].end`, `seconds, at least start (${start})`, end);
      const channel = o.channel ?? 'both';
      if (channel !== 'caller' && channel !== 'assistant' && channel !== 'both') throw invalid(`${path}[${i}].channel`, 'caller, assistant or both', channel);
      const entity = o.entity ?? o.entity_type ?? o.entityType;
      out.push(compact({ start, end, channel, entity: typeof entity === 'string' ? entity : undefined }));
      return undefined;
    });
  });
  return out.sort((a, b) => a.start - b.start);
}
