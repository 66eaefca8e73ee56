// Pure transcript logic: which turn is playing, where a search matches, the text to copy.
import type { CallEvent, TranscriptTurn, TranscriptWord } from '../types.js';
import { formatClock } from '../format.js';

/** The turn being played at `seconds`: the last turn that started, while it lasts (or until the next). */
export function activeTurnIndex(turns: readonly TranscriptTurn[], seconds: number): number {
  let lo = 0;
  let hi = turns.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (turns[mid]!.startSeconds <= seconds) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found === -1) return -1;
  const turn = turns[found]!;
  const end = turn.endSeconds ?? turns[found + 1]?.startSeconds ?? Infinity;
  return seconds < end + 0.5 ? found : -1;
}

export interface TextPart {
  text: string;
  match: boolean;
}

/**
 * Lower-cased text with, for each of its UTF-16 units, where it came from in the original: lower case
 * can be longer than the original ("İ" becomes "i̇"), so positions differ after such a letter.
 */
function folded(text: string): { text: string; origin: number[] } {
  let out = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; ) {
    const char = String.fromCodePoint(text.codePointAt(i)!);
    const lower = char.toLowerCase();
    out += lower;
    for (let k = 0; k < lower.length; k++) origin.push(i);
    i += char.length;
  }
  origin.push(text.length);
  return { text: out, origin };
}

/** Splits text around case-insensitive matches of `query`, for rendering matches as <mark>. */
export function splitMatches(text: string, query: string): TextPart[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return [{ text, match: false }];
  const parts: TextPart[] = [];
  const hay = folded(text);
  let at = 0;
  for (let i = hay.text.indexOf(needle); i !== -1; i = hay.text.indexOf(needle, i + needle.length)) {
    const start = hay.origin[i]!;
    // The end is where the unit after the match came from (a whole original character).
    const end = hay.origin[i + needle.length]!;
    if (start < at) continue;
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}

/** Matches of `query` in `text`, counted as `splitMatches` marks them. */
function countIn(text: string, needle: string): number {
  const lower = text.toLowerCase();
  // Lower case of the same length: positions agree, so a plain search counts the same marks, faster.
  if (lower.length !== text.length) return splitMatches(text, needle).filter((p) => p.match).length;
  let n = 0;
  for (let i = lower.indexOf(needle); i !== -1; i = lower.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** Matches per turn: what the search counts, and how "next match" finds the turn to scroll to. */
export function matchesPerTurn(turns: readonly TranscriptTurn[], query: string): number[] {
  const needle = query.trim().toLowerCase();
  return needle ? turns.map((t) => countIn(t.text, needle)) : turns.map(() => 0);
}

export function countMatches(turns: readonly TranscriptTurn[], query: string): number {
  return matchesPerTurn(turns, query).reduce((a, b) => a + b, 0);
}

/** Match number `k` (0-based, over the whole transcript) as its turn and its place within the turn. */
export function locateMatch(perTurn: readonly number[], k: number): { turn: number; within: number } | null {
  let seen = 0;
  for (let turn = 0; turn < perTurn.length; turn++) {
    const here = perTurn[turn]!;
    if (k < seen + here) return { turn, within: k - seen };
    seen += here;
  }
  return null;
}

export function transcriptText(turns: readonly TranscriptTurn[], names: { caller: string; assistant: string }): string {
  return turns.map((t) => `[${formatClock(t.startSeconds)}] ${names[t.speaker]}: ${t.text}`).join('\n');
}

/** Polling back-off while a recording is processing: 2 s, 4 s, 8 s, then every 15 s. */
export function processingPollDelay(attempt: number): number {
  return Math.min(15_000, 2_000 * 2 ** Math.max(0, attempt));
}

/** The word being spoken at `seconds` (the last that started, until the next starts), or -1. */
export function wordIndexAt(words: readonly TranscriptWord[], seconds: number): number {
  let found = -1;
  for (let i = 0; i < words.length && words[i]!.startSeconds <= seconds; i++) found = i;
  if (found < 0) return -1;
  // Past the turn's last word by more than a breath: nothing is being said.
  return found === words.length - 1 && seconds > words[found]!.endSeconds + 0.5 ? -1 : found;
}

/**
 * Each turn's events: those from its start until the next turn's (turns in time order); events
 * before the first turn go with it.
 */
export function eventsByTurn(turns: readonly TranscriptTurn[], events: readonly CallEvent[]): (CallEvent[] | undefined)[] {
  const out: (CallEvent[] | undefined)[] = new Array(turns.length);
  if (!turns.length) return out;
  for (const event of events) {
    let at = 0;
    for (let i = 0; i < turns.length && turns[i]!.startSeconds <= event.atSeconds; i++) at = i;
    (out[at] ??= []).push(event);
  }
  return out;
}
