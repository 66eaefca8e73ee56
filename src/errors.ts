// Errors the player reports besides the adapter's own AdapterError. The code decides the words on
// screen (so a locale switch changes them); `message` is the English text for logs and onError.
import { EN_COMMON_MESSAGES, type CommonMessages } from './i18n/messages.common.js';
import { fillMessage } from './format.js';

export type PlayerErrorCode =
  | 'no-adapter'
  | 'storage-refused'
  | 'storage-missing'
  | 'storage-unreachable'
  | 'not-playable'
  | 'refresh-limit'
  | 'waveform'
  | 'analysis'
  | 'download'
  | 'listening'
  | 'no-recording';

const WORDS: Record<PlayerErrorCode, keyof CommonMessages> = {
  'no-adapter': 'noAdapter',
  'storage-refused': 'storageRefused',
  'storage-missing': 'storageMissing',
  'storage-unreachable': 'storageUnreachable',
  'not-playable': 'notPlayable',
  'refresh-limit': 'refreshLimit',
  waveform: 'waveformUnavailable',
  analysis: 'analysisFailed',
  download: 'downloadFailed',
  listening: 'listeningUnsupported',
  'no-recording': 'noRecording',
};

export class PlayerError extends Error {
  readonly code: PlayerErrorCode;
  /** The storage's HTTP status, where one was seen. */
  readonly status: number | undefined;
  /** What went wrong in the engine's words, where it said (kept for the text in any locale). */
  readonly reason: string | undefined;

  constructor(code: PlayerErrorCode, options: { status?: number; reason?: string; cause?: unknown } = {}) {
    super(playerErrorText(code, EN_COMMON_MESSAGES, options), options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PlayerError';
    this.code = code;
    this.status = options.status;
    this.reason = options.reason;
  }
}

function playerErrorText(code: PlayerErrorCode, messages: CommonMessages, values: { status?: number; reason?: string }): string {
  return fillMessage(messages[WORDS[code]] as string, { status: values.status ?? '', reason: values.reason ?? '' });
}

/** Whether a value is one of the player's errors (also across two copies of this package). */
export function isPlayerError(value: unknown): value is PlayerError {
  return value instanceof PlayerError || (value instanceof Error && value.name === 'PlayerError' && 'code' in value);
}

/** An error in the catalog's words: the player's own by code, anyone else's as it says. */
export function errorText(error: Error, messages: CommonMessages): string {
  if (!(error instanceof PlayerError)) return error.message;
  const reason = error.code === 'download' && error.cause instanceof Error ? errorText(error.cause, messages) : error.reason;
  return playerErrorText(error.code, messages, { ...(error.status === undefined ? {} : { status: error.status }), ...(reason ? { reason } : {}) });
}
