export type AdapterErrorCode = 'network' | 'unauthorized' | 'forbidden' | 'not-found' | 'invalid-response' | 'server' | 'conflict';

/** What every adapter method throws: a code to branch on and a message a person can act on. */
export class AdapterError extends Error {
  readonly code: AdapterErrorCode;
  readonly status: number | undefined;

  constructor(code: AdapterErrorCode, message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AdapterError';
    this.code = code;
    this.status = options.status;
  }
}

export function isAdapterError(value: unknown): value is AdapterError {
  return value instanceof AdapterError || (value instanceof Error && value.name === 'AdapterError' && 'code' in value);
}

/** Errors that another attempt cannot fix. */
export function isPermanentError(error: unknown): boolean {
  return isAdapterError(error) && ['unauthorized', 'forbidden', 'not-found', 'invalid-response', 'conflict'].includes(error.code);
}

/** Up to two more tries for errors another try can fix (network, 5xx); none for the rest. */
export function shouldRetry(failureCount: number, error: Error): boolean {
  return failureCount < 2 && !isPermanentError(error);
}

export function codeForStatus(status: number): AdapterErrorCode {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409 || status === 412) return 'conflict';
  return 'server';
}
