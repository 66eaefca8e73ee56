// `talkturo-peaks`: the CLI over computePeaks. Kept apart from the bin file so tests can run it in-process.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { computePeaksJson, type ComputePeaksOptions } from './computePeaks.js';
import { PeaksInputError, type PeaksSource } from './sources.js';
import { redactRecording, type RedactionRange } from './redact.js';
import { readFile } from 'node:fs/promises';

export interface CliIo {
  stdin: AsyncIterable<Uint8Array>;
  stdout: { write(bytes: Uint8Array, done: (error?: Error | null) => void): unknown };
  stderr: { write(text: string): unknown };
}

export const USAGE = `Usage: talkturo-peaks [recording.mp3 | -] [options] > recording.peaks.json
       talkturo-peaks [recording.mp3 | -] --redact RANGES [--beep] > recording.redacted.mp3

Writes BBC audiowaveform JSON (version 2) of an MP3, read from the file or from stdin. With --redact,
writes the MP3 with those ranges silenced (or beeped) instead: RANGES is a JSON file of
[{ "start": 5, "end": 8, "channel": "caller" }, …] (seconds; channel caller, assistant or both), or
inline as 5-8,12.5-14:caller.

Options:
  -b, --bits 8|16          bits a value (default 16)
  -p, --pps N              points per second of audio (default 100)
  -z, --zoom N             samples per point (wins over --pps)
  -c, --channels 1|2       2: a lane per channel (default); 1: the channels averaged
  -m, --max-length N       merge neighbouring points until at most N remain
  -r, --redact RANGES      write the redacted MP3 (see above) instead of peaks
      --beep               with --redact: a 1 kHz beep over the ranges, not silence
  -o, --output FILE        write to FILE instead of stdout
  -h, --help               show this text
`;

class UsageError extends Error {}

const NEWLINE = Uint8Array.of(0x0a);

function whole(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || raw.trim() === '') throw new UsageError(`--${name} takes a number, got "${raw}"`);
  return n;
}

/** `5-8,12.5-14:caller` or a JSON file of ranges. */
async function rangesFrom(spec: string): Promise<RedactionRange[]> {
  const inline = /^\s*\d/.test(spec);
  if (!inline) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(spec, 'utf8'));
    } catch (error) {
      throw new UsageError(`--redact: cannot read ranges from "${spec}" (${(error as Error).message})`);
    }
    const list = Array.isArray(json) ? json : (json as { ranges?: unknown })?.ranges;
    if (!Array.isArray(list)) throw new UsageError(`--redact: "${spec}" holds no list of ranges`);
    return list as RedactionRange[];
  }
  return spec.split(',').map((part) => {
    const match = /^\s*([\d.]+)\s*-\s*([\d.]+)\s*(?::\s*(caller|assistant|both))?\s*$/.exec(part);
    if (!match) throw new UsageError(`--redact: "${part}" is not start-end or start-end:caller|assistant|both (seconds)`);
    return { start: Number(match[1]), end: Number(match[2]), ...(match[3] ? { channel: match[3] as RedactionRange['channel'] } : {}) };
  });
}

/** Runs the CLI; resolves to the exit code (0 done, 1 the input could not be read, 2 bad usage). */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  let input: PeaksSource;
  let output: string | undefined;
  let options: ComputePeaksOptions;
  let redact: { ranges: RedactionRange[]; beep: boolean } | null = null;
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        bits: { type: 'string', short: 'b' },
        pps: { type: 'string', short: 'p' },
        zoom: { type: 'string', short: 'z' },
        channels: { type: 'string', short: 'c' },
        'max-length': { type: 'string', short: 'm' },
        output: { type: 'string', short: 'o' },
        redact: { type: 'string', short: 'r' },
        beep: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      io.stderr.write(USAGE);
      return 0;
    }
    if (positionals.length > 1) throw new UsageError(`one recording at a time, got ${positionals.length}`);
    const file = positionals[0];
    input = file === undefined || file === '-' ? io.stdin : file;
    output = values.output;
    const bits = whole('bits', values.bits);
    const channels = whole('channels', values.channels);
    const pps = whole('pps', values.pps);
    const zoom = whole('zoom', values.zoom);
    const maxLength = whole('max-length', values['max-length']);
    if (values.beep && values.redact === undefined) throw new UsageError('--beep goes with --redact');
    if (values.redact !== undefined) redact = { ranges: await rangesFrom(values.redact), beep: Boolean(values.beep) };
    // An option left out is undefined, which computePeaks reads as its default.
    options = { bits: bits as 8 | 16 | undefined, channels: channels as 1 | 2 | undefined, pixelsPerSecond: pps, samplesPerPixel: zoom, maxLength };
  } catch (error) {
    io.stderr.write(`talkturo-peaks: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  try {
    if (redact) {
      const bytes = await redactRecording(input, redact.ranges, { mode: redact.beep ? 'beep' : 'silence' });
      if (output !== undefined) await writeFile(output, bytes);
      else await new Promise<void>((resolve, reject) => io.stdout.write(bytes, (error) => (error ? reject(error) : resolve())));
      return 0;
    }
    const pieces = await computePeaksJson(input, options);
    if (output !== undefined) {
      await writeFile(output, [...pieces, NEWLINE]);
    } else {
      // One piece at a time, each after the last was taken: stdout may be a slow pipe.
      for (const piece of [...pieces, NEWLINE]) {
        await new Promise<void>((resolve, reject) => io.stdout.write(piece, (error) => (error ? reject(error) : resolve())));
      }
    }
    return 0;
  } catch (error) {
    io.stderr.write(`talkturo-peaks: ${(error as Error).message}\n`);
    return error instanceof RangeError || (redact && error instanceof PeaksInputError && /ranges\[/.test((error as Error).message)) ? 2 : 1;
  }
}
