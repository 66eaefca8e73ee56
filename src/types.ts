// Domain types of the public contract (SPEC.md). Field names may grow; these keep their meaning.
import type { AudiowaveformJson } from './adapter/peaks.js';
export type { AudiowaveformJson };

// The API may add statuses; unknown ones pass through as strings.
export type CallStatus =
  | 'queued' | 'ringing' | 'in-progress' | 'completed' | 'failed' | 'busy' | 'no-answer' | 'canceled'
  | (string & {});
export type CallDirection = 'inbound' | 'outbound' | 'web';
export type RecordingAvailability = 'available' | 'processing' | 'disabled' | 'not-captured' | 'purged';

export const CALL_DIRECTIONS: readonly CallDirection[] = ['inbound', 'outbound', 'web'];
export const RECORDING_AVAILABILITIES: readonly RecordingAvailability[] = [
  'available', 'processing', 'disabled', 'not-captured', 'purged',
];

export type CallSortField = 'startedAt' | 'durationSeconds' | 'costUsd';
export type SortOrder = 'asc' | 'desc';

export interface CallListQuery {
  cursor?: string;
  limit?: number;
  from?: string;
  to?: string;
  status?: CallStatus[];
  direction?: CallDirection[];
  assistantId?: string;
  /** Calls with a note of this label. */
  labelId?: string;
  search?: string;
  sort?: { field: CallSortField; order: SortOrder };
}

export interface CallSummary {
  id: string;
  assistantId: string;
  assistantName?: string;
  /** Unknown values are kept as the backend's text. */
  direction: CallDirection | (string & {});
  status: CallStatus;
  fromNumber?: string;
  toNumber?: string;
  /** ISO 8601; empty when the backend's could not be read (shown as "—"). */
  startedAt: string;
  endedAt?: string;
  durationSeconds?: number;
  endedReason?: string;
  costUsd?: number;
  /** Unknown values are kept as the backend's text. */
  recording: RecordingAvailability | (string & {});
  /** The labels of the call's notes (ids of `annotationLabels`), when the list sends them. */
  labels?: string[];
}

export interface TranscriptWord {
  text: string;
  startSeconds: number;
  endSeconds: number;
}

export interface TranscriptTurn {
  speaker: 'caller' | 'assistant';
  text: string;
  startSeconds: number;
  endSeconds?: number;
  /** Word timings, when the speech-to-text gives them: the word being spoken is highlighted. */
  words?: TranscriptWord[];
  /** What the voice pipeline reported for the answer this (assistant) turn starts. */
  latency?: PipelineLatency;
  /**
   * Where `text` holds a placeholder for something redacted ("[phone number]"): character offsets into
   * `text`. The original never reaches the components: readers replace it before anything is stored.
   */
  masked?: { start: number; end: number; entity?: string }[];
}

/** A stretch of a recording where something was redacted: on the lanes, hatched and labelled. */
export interface Redaction {
  /** Seconds. */
  start: number;
  end: number;
  channel: 'caller' | 'assistant' | 'both';
  /** What was there: `phone_number`, `credit_card`, `ssn`… (shown as words: "phone number"). */
  entity?: string;
}

/**
 * The stages of one answer as the voice platform measured them, in milliseconds; any may be absent.
 * Their sum is what the pipeline accounts for; the audio says what the caller waited.
 */
export interface PipelineLatency {
  /** The caller's audio reaching the pipeline (network, telephony). */
  transportMs?: number;
  /** Deciding the caller had finished. */
  endpointingMs?: number;
  /** Speech-to-text. */
  sttMs?: number;
  /** The model, to its first token. */
  llmMs?: number;
  /** Tool calls and retrieval before the answer. */
  toolMs?: number;
  /** Text-to-speech, to its first audio. */
  ttsMs?: number;
}

/** Something the agent or the line did during the call; unknown types are shown with their raw text. */
export interface CallEvent {
  type: 'tool-call' | 'handoff' | 'transfer' | 'hold' | 'dtmf' | 'consent' | (string & {});
  label: string;
  atSeconds: number;
  durationMs?: number;
  detail?: string;
}

export interface CallDetail extends CallSummary {
  summary?: string;
  transcript?: TranscriptTurn[];
  metadata?: Record<string, string | number | boolean | null>;
  /** Tool calls, handoffs, transfers, holds, key presses: on the timeline and in the transcript. */
  events?: CallEvent[];
  /** When the caller consented (to being recorded, to talking to an AI): a marker on the events track. */
  consent?: { atSeconds: number; label?: string };
  /** What was redacted from the recording, and where. */
  redactions?: Redaction[];
  /** Turns of the transcript that could not be read at all: the transcript says how many. */
  unreadableTurns?: number;
  /** What could not be read, field by field; reported once each through `onError`. */
  problems?: readonly Error[];
}

export interface CallListPage {
  calls: CallSummary[];
  nextCursor: string | null;
  total?: number;
  /** Rows the backend sent that could not be read at all (no id): the log says how many. */
  unreadable?: number;
  /** What could not be read, field by field; reported once each through `onError`. */
  problems?: readonly Error[];
}

export interface RecordingSource {
  /** Signed and time-limited; opaque: never modified. */
  url: string;
  /**
   * When the URL stops working, on the server's clock: ISO 8601 (UTC when it has no offset), epoch ms,
   * or epoch seconds (numbers below 10^11). A lifetime the URL itself declares (X-Amz-Expires, …) wins.
   */
  expiresAt: string | number;
  /**
   * The server's clock when it handed out the URL (the HTTP adapter reads the response's `Date`
   * header), so `expiresAt` can be moved onto the browser's clock. Same forms as `expiresAt`.
   */
  serverTime?: string | number;
  durationSeconds?: number;
  /** Per channel, values in [-1, 1]; when given, nothing is decoded. */
  peaks?: [ArrayLike<number>, ArrayLike<number>] | [ArrayLike<number>] | AudiowaveformJson;
  /** Default 0 (left) is the human caller, the other channel the AI assistant. */
  callerChannel?: 0 | 1;
  /** false: Download is not offered (a legal hold, the plan); playback is unaffected. Default true. */
  downloadable?: boolean;
  /** Why Download is not offered, shown beside it: "Legal hold: case 2026-114". */
  downloadBlockedReason?: string;
  /** Which recording this is: the redacted one (played by default) or the original. */
  variant?: 'redacted' | 'original';
  /** An original exists beside this redacted recording: a player the host allows may switch to it. */
  originalAvailable?: boolean;
  /**
   * One file per side (as Vapi stores the customer's and the assistant's audio): each with its own signed
   * URL. `url` and `expiresAt` are then the caller's. The player plays the two as one, in step.
   */
  channels?: { caller: SignedFile; assistant: SignedFile };
}

export interface SignedFile {
  url: string;
  expiresAt: string | number;
}

export interface Assistant {
  id: string;
  name: string;
}

export interface AdapterRequestOptions {
  signal?: AbortSignal;
}

export interface RecordingRequestOptions extends AdapterRequestOptions {
  /** The unredacted recording, when the source said there is one (`originalAvailable`). */
  variant?: 'original';
}

/** A kind of note the host defines ("Hallucination", "Wrong transfer", "Great answer"). */
export interface AnnotationLabel {
  id: string;
  name: string;
  /** A CSS colour or `var(--token)`; the theme's note colour when absent. */
  color?: string;
}

/** A note on a call: at a moment, over a range (`end`), or over words of a turn. Times in seconds. */
export interface Annotation {
  id: string;
  callId: string;
  start: number;
  end?: number;
  /** The turn it was made on, and the word span in it ([first, last], indexes into the turn's words). */
  turnIndex?: number;
  words?: [number, number];
  labelId?: string;
  text?: string;
  author: { id: string; name: string };
  /** ISO 8601 or epoch ms, as the backend sends it. */
  createdAt: string | number;
  updatedAt: string | number;
  /** Bumped by every save; a save of an older version is a conflict. */
  version: number;
  /** What the backend allows this viewer; true when it does not say. */
  canEdit?: boolean;
}

/** What a new note is made of; the backend gives it its id, author, times and version. */
export type AnnotationDraft = Pick<Annotation, 'start' | 'end' | 'turnIndex' | 'words' | 'labelId' | 'text'>;

/** A change to a note, made against the `version` the viewer saw. */
export type AnnotationPatch = Partial<AnnotationDraft> & { version: number };

export interface CallsAdapter {
  /**
   * What this adapter reads from (an API and an account). Two adapters with the same key are the same
   * adapter: they share cached data, and one created anew on every render restarts nothing. Without a
   * key the adapter's identity is its key: create it once. `createHttpAdapter` sets one from its options.
   */
  readonly key?: string;
  listCalls(query: CallListQuery, init?: AdapterRequestOptions): Promise<CallListPage>;
  getCall(callId: string, init?: AdapterRequestOptions): Promise<CallDetail>;
  /** A fresh signed URL every call. null: this call has no recording. */
  getRecording(callId: string, init?: RecordingRequestOptions): Promise<RecordingSource | null>;
  setRecordingEnabled?(assistantId: string, enabled: boolean): Promise<void>;
  listAssistants?(init?: AdapterRequestOptions): Promise<Assistant[]>;
  /** Notes on a call. Without these methods, nothing of notes shows. */
  listAnnotations?(callId: string, init?: AdapterRequestOptions): Promise<Annotation[]>;
  createAnnotation?(callId: string, draft: AnnotationDraft, init?: AdapterRequestOptions): Promise<Annotation>;
  /** Rejects with `AdapterError('conflict')` when the note changed since `patch.version`. */
  updateAnnotation?(callId: string, annotationId: string, patch: AnnotationPatch, init?: AdapterRequestOptions): Promise<Annotation>;
  deleteAnnotation?(callId: string, annotationId: string, init?: AdapterRequestOptions): Promise<void>;
}
