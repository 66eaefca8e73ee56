// The primitives of reading untrusted data: each check names the field it found wrong.
import { AdapterError } from './errors.js';

type Json = Record<string, unknown>;

export function withProblems<T extends object>(value: T, problems: AdapterError[]): T {
  return problems.length ? { ...value, problems } : value;
}

/** Reads an optional field; when it is bad, it is dropped and the problem kept. */
export function lenient<T>(problems: AdapterError[], read: () => T | undefined): T | undefined {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof AdapterError)) throw error;
    problems.push(error);
    return undefined;
  }
}

export function invalid(path: string, expected: string, got: unknown): AdapterError {
  const seen = got === null ? 'null' : Array.isArray(got) ? 'an array' : typeof got;
  return new AdapterError('invalid-response', `The server sent a malformed response: "${path}" should be ${expected} but is ${seen}.`);
}

export function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid(path, 'an object', value);
  return value as Json;
}

export function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw invalid(path, 'an array', value);
  return value;
}

export function string(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.length === 0) throw invalid(path, 'a non-empty string', value);
  return value;
}

/** An empty string is absent (a withheld caller id, an empty summary). */
export function optionalString(value: unknown, path: string): string | undefined {
  return value === undefined || value === null || value === '' ? undefined : string(value, path);
}

export function optionalNumber(value: unknown, path: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw invalid(path, 'a finite number', value);
  return value;
}

/** Keeps only the keys that are set, so optional fields stay absent rather than `undefined`. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
