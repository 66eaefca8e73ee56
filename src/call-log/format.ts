// How each column shows a call, through Intl for the locale.
import type { CallSummary } from '../types.js';
import { formatClock } from '../format.js';

export interface CallFormatters {
  dateTime(iso: string): string;
  money(usd: number | undefined): string;
  duration(seconds: number | undefined): string;
  /** The names of a call's labels (the table's `annotationLabels`). */
  labels?(ids: readonly string[] | undefined): string;
}

// Intl formatters are costly to create (tens of ms the first time in a page): one set per locale.
const cache = new Map<string, CallFormatters>();

export function callFormatters(locale: string | undefined): CallFormatters {
  const hit = cache.get(locale ?? '');
  if (hit) return hit;
  const made = makeFormatters(locale);
  cache.set(locale ?? '', made);
  return made;
}

function makeFormatters(locale: string | undefined): CallFormatters {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 4 });
  return {
    dateTime: (iso) => {
      // A start the backend did not say (or said unreadably) is unknown, not text to show.
      const t = typeof iso === 'string' && iso ? Date.parse(iso) : Number.NaN;
      return Number.isNaN(t) ? '—' : date.format(t);
    },
    money: (usd) => (usd === undefined ? '—' : money.format(usd)),
    duration: (seconds) => (seconds === undefined ? '—' : formatClock(seconds)),
  };
}
