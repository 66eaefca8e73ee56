// What a reader of the backend's answers could not read, kept on the data it read (see validate.ts).
import type { AdapterError } from './errors.js';

/**
 * What was dropped while reading a value, as errors a person can act on (reported once via onError).
 * A field of the data itself, not a side table: a query cache that shares structure across refetches
 * (TanStack's) hands out new objects, and a field travels with them.
 */
export const problemsOf = (value: unknown): readonly AdapterError[] => {
  const problems = typeof value === 'object' && value !== null ? (value as { problems?: unknown }).problems : undefined;
  return Array.isArray(problems) ? problems.filter((p): p is AdapterError => p instanceof Error) as AdapterError[] : [];
};

