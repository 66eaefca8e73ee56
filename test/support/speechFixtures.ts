// Two-sided calls made of real synthetic speech (espeak-ng), laid out with sox at known times and
// encoded with LAME, so the truth of every gap and overlap is known: an utterance's edges are where sox
// finds sound after trimming espeak's own leading and trailing silence. What is made is kept in a cache
// shared by runs (the OS temp folder, keyed by what was asked), since the mutation run asks for the same
// calls once per mutant of the analysis and the peaks reader.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Utterance {
  side: 'caller' | 'assistant';
  text: string;
  /** Seconds from the start of the call. */
  at: number;
}

export interface PlacedUtterance extends Utterance {
  end: number;
}

export interface SpeechFixture {
  mp3: string;
  utterances: PlacedUtterance[];
  duration: number;
}

const VOICES = { caller: 'en-us', assistant: 'en-gb+f3' } as const;
const RATE = 16_000;

// sox dithers by default when it writes 16 bits: random noise that made the same call differ from run
// to run (and a borderline overlap come and go). -D writes the same bytes every time.
const run = (command: string, args: string[]) => execFileSync(command, command === 'sox' ? ['-D', ...args] : args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();

// v2: bump when the way a fixture is made changes.
const CACHE = join(tmpdir(), 'talkturo-speech-cache-v2');
const cacheKey = (what: unknown) => createHash('sha256').update(JSON.stringify(what)).digest('hex').slice(0, 32);

/** The cached file and its facts, or null. */
function cached<T>(name: string, ext: string): { file: string; facts: T } | null {
  const file = join(CACHE, `${name}.${ext}`);
  const facts = join(CACHE, `${name}.json`);
  if (!existsSync(file) || !existsSync(facts)) return null;
  return { file, facts: JSON.parse(readFileSync(facts, 'utf8')) as T };
}

/** Puts a made file and its facts in the cache; renamed into place, so parallel runs never read half a file. */
function keep<T>(name: string, ext: string, made: string, facts: T): string {
  mkdirSync(CACHE, { recursive: true });
  const file = join(CACHE, `${name}.${ext}`);
  const partial = `${file}.${process.pid}.partial`;
  copyFileSync(made, partial);
  renameSync(partial, file);
  writeFileSync(`${join(CACHE, name)}.json.${process.pid}.partial`, JSON.stringify(facts));
  renameSync(`${join(CACHE, name)}.json.${process.pid}.partial`, join(CACHE, `${name}.json`));
  return file;
}

export class SpeechFixtures {
  readonly dir = mkdtempSync(join(tmpdir(), 'talkturo-speech-'));
  #count = 0;
  #lengths = new Map<string, { file: string; seconds: number }>();

  /** One utterance, trimmed to where it sounds; its file and length. */
  utterance(side: Utterance['side'], text: string): { file: string; seconds: number } {
    const key = `${side}:${text}`;
    const known = this.#lengths.get(key);
    if (known) return known;
    const name = `u-${cacheKey([side, text, VOICES[side], RATE])}`;
    const hit = cached<{ seconds: number }>(name, 'wav');
    if (hit) {
      const made = { file: hit.file, seconds: hit.facts.seconds };
      this.#lengths.set(key, made);
      return made;
    }
    const raw = join(this.dir, `u${this.#count}-raw.wav`);
    const file = join(this.dir, `u${this.#count++}.wav`);
    run('espeak-ng', ['-v', VOICES[side], '-s', '165', '-w', raw, text]);
    // Trim what is quieter than 1 % at both ends, then one rate and format for every piece.
    run('sox', [raw, '-r', String(RATE), '-c', '1', '-b', '16', file, 'silence', '1', '0.005', '1%', 'reverse', 'silence', '1', '0.005', '1%', 'reverse']);
    const seconds = Number(run('soxi', ['-D', file]).trim());
    const made = { file: keep(name, 'wav', file, { seconds }), seconds };
    this.#lengths.set(key, made);
    return made;
  }

  /**
   * A stereo call: caller left, assistant right, each utterance at its time. `bleed` mixes each side's
   * voice into the other channel at that gain (echo of a speakerphone, crosstalk on the line);
   * `callerNoise` adds pink noise of that amplitude under the caller (a car, a street, a bad line).
   */
  call(utterances: readonly Utterance[], tail = 1, bleed = 0, callerNoise = 0): SpeechFixture {
    const name = `c-${cacheKey([utterances, tail, bleed, callerNoise, VOICES, RATE])}`;
    const hit = cached<Omit<SpeechFixture, 'mp3'>>(name, 'mp3');
    if (hit) return { mp3: hit.file, ...hit.facts };
    const placed = utterances.map((u) => ({ ...u, end: u.at + this.utterance(u.side, u.text).seconds }));
    const duration = Math.max(...placed.map((u) => u.end)) + tail;
    const id = this.#count++;
    const channel = (side: Utterance['side']) => {
      const out = join(this.dir, `c${id}-${side}.wav`);
      const pieces = placed.filter((u) => u.side === side || bleed > 0).map((u, i) => {
        const piece = join(this.dir, `c${id}-${side}-${i}.wav`);
        const gain = u.side === side ? [] : ['vol', String(bleed)];
        run('sox', [this.utterance(u.side, u.text).file, piece, 'pad', u.at.toFixed(4), ...gain]);
        return piece;
      });
      const silence = join(this.dir, `c${id}-${side}-silence.wav`);
      const noise = side === 'caller' && callerNoise > 0 ? ['synth', duration.toFixed(4), 'pinknoise', 'vol', String(callerNoise)] : ['trim', '0', duration.toFixed(4)];
      run('sox', ['-n', '-r', String(RATE), '-c', '1', '-b', '16', silence, ...noise]);
      // Mixed without sox's automatic halving of each input, then cut to the call's length.
      run('sox', ['-m', '-v', '1', silence, ...pieces.flatMap((p) => ['-v', '1', p]), out, 'trim', '0', duration.toFixed(4)]);
      return out;
    };
    const stereo = join(this.dir, `c${id}.wav`);
    run('sox', ['-M', channel('caller'), channel('assistant'), stereo]);
    const mp3 = join(this.dir, `c${id}.mp3`);
    run('lame', ['--quiet', '-b', '64', stereo, mp3]);
    return { mp3: keep(name, 'mp3', mp3, { utterances: placed, duration }), utterances: placed, duration };
  }

  /** An utterance placed `gap` seconds after the end of `previous` (negative: over it). */
  after(previous: PlacedUtterance | Utterance, gap: number, side: Utterance['side'], text: string): Utterance {
    const end = 'end' in previous ? previous.end : previous.at + this.utterance(previous.side, previous.text).seconds;
    return { side, text, at: Math.round((end + gap) * 1000) / 1000 };
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
