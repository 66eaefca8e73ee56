export type PlayerErrorCode =
  | 'no-adapter'
  | 'storage-refused'
  | 'storage-missing'
  | 'storage-unreachable'
  | 'not-playable'
  | 'refresh-limit'
  | 'waveform'
  | 'download'
  | 'listening';

/** What the player reports through `onError` besides the adapter's own AdapterError. */
export class PlayerError extends Error {
  readonly code: PlayerErrorCode;

  constructor(code: PlayerErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PlayerError';
    this.code = code;
  }
}
