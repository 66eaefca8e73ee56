// A short recording without peaks is read from storage once. One fetch feeds the media element
// through Media Source Extensions, so playback starts with the first bytes, and the same bytes, when
// complete, give the waveform its samples and Download its file. Without MSE for MP3 (or when it
// fails), the media loads the signed URL as usual and only the waveform uses this fetch.
import type { SignedRecording } from '../../signed-url/SignedRecording.js';
import { readRecording } from '../../net/readRecording.js';
import { urlsFrom } from '../../signed-url/recordingUrl.js';
import type { Scope } from '../../util/scope.js';

const MIME = 'audio/mpeg';

export interface WholeFileHooks {
  /** The media can no longer be fed from these bytes (MSE refused them, quota, a broken read). */
  onMediaFailed(): void;
}

export class WholeFile {
  /** Whether this browser can play MP3 bytes it is handed (MSE); without it the media uses the URL. */
  static playable(): boolean {
    return typeof MediaSource !== 'undefined' && MediaSource.isTypeSupported(MIME);
  }

  /** The whole file once read; rejects (with the storage's answer) when it could not be read. */
  readonly bytes: Promise<Blob>;
  #mediaSource: MediaSource | null = null;
  #buffer: SourceBuffer | null = null;
  #pending: Uint8Array[] = [];
  #ended = false;
  #mediaFailed = false;

  readonly #scope: Scope;
  readonly #hooks: WholeFileHooks;
  readonly #duration: number;

  constructor(scope: Scope, recording: SignedRecording, duration: number, hooks: WholeFileHooks) {
    this.#scope = scope;
    this.#hooks = hooks;
    this.#duration = duration;
    this.bytes = this.#read(recording);
    this.bytes.catch(() => this.#failMedia()); // the media goes back to the signed URL
  }

  /** A URL the media element plays these bytes from, as they arrive. Call once. */
  mediaUrl(): string {
    const source = (this.#mediaSource = new MediaSource());
    const url = URL.createObjectURL(source);
    this.#scope.add(() => URL.revokeObjectURL(url));
    this.#scope.listen(source, 'sourceopen', () => {
      if (this.#mediaFailed || source.sourceBuffers.length) return;
      try {
        // MP3 carries no timestamps: the buffer places each frame after the one before.
        this.#buffer = source.addSourceBuffer(MIME);
        if (this.#duration > 0) source.duration = this.#duration;
      } catch {
        return this.#failMedia();
      }
      this.#scope.listen(this.#buffer, 'updateend', () => this.#append());
      this.#scope.listen(this.#buffer, 'error', () => this.#failMedia());
      this.#append();
    });
    return url;
  }

  async #read(recording: SignedRecording): Promise<Blob> {
    const chunks: Uint8Array[] = [];
    let type = MIME;
    await readRecording({
      signal: this.#scope.signal,
      getUrl: urlsFrom(recording),
      onResponse: (response, offset) => {
        if (offset === 0) type = response.headers.get('content-type') || MIME;
      },
      onChunk: (chunk) => {
        chunks.push(chunk);
        if (this.#mediaSource && !this.#mediaFailed) {
          this.#pending.push(chunk);
          this.#append();
        }
      },
    });
    this.#ended = true;
    this.#append();
    return new Blob(chunks as Uint8Array<ArrayBuffer>[], { type });
  }

  /** Appends what has arrived, one append at a time; ends the stream after the last. */
  #append(): void {
    const buffer = this.#buffer;
    const source = this.#mediaSource;
    if (!buffer || !source || buffer.updating || this.#mediaFailed || this.#scope.disposed || source.readyState !== 'open') return;
    if (this.#pending.length) {
      const chunks = this.#pending.splice(0);
      const data = chunks.length === 1 ? chunks[0]! : concat(chunks);
      try {
        buffer.appendBuffer(data as Uint8Array<ArrayBuffer>);
      } catch {
        this.#failMedia(); // over the audio quota, or the buffer was removed
      }
      return;
    }
    if (this.#ended) {
      try {
        source.endOfStream();
      } catch {
        this.#failMedia();
      }
    }
  }

  #failMedia(): void {
    if (this.#mediaFailed || this.#scope.disposed || !this.#mediaSource) return;
    this.#mediaFailed = true;
    this.#pending = [];
    this.#hooks.onMediaFailed();
  }
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
