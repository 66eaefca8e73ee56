// `talkturo-peaks`: the CLI over computePeaks. Kept apart from the bin file so tests can run it in-process.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { computePeaksJson, type ComputePeaksOptions } from './computePeaks.js';
import type { PeaksSource } from './sources.js';

export interface CliIo {
  stdin: AsyncIterable<Uint8Array>;
  stdout: { write(bytes: Uint8Array, done: (error?: Error | null) => void): unknown };
  stderr: { write(text: string): unknown };
}

export const USAGE = `Usage: talkturo-peaks [recording.mp3 | -] [options] > recording.peaks.json

Writes BBC audiowaveform JSON (version 2) of an MP3, read from the file or from stdin.

Options:
  -b, --bits 8|16          bits a value (default 16)
  -p, --pps N              points per second of audio (default 100)
  -z, --zoom N             samples per point (wins over --pps)
  -c, --channels 1|2       2: a lane per channel (default); 1: the channels averaged
  -m, --max-length N       merge neighbouring points until at most N remain
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

/** Runs the CLI; resolves to the exit code (0 done, 1 the input could not be read, 2 bad usage). */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  let input: PeaksSource;
  let output: string | undefined;
  let options: ComputePeaksOptions;
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
    options = {
      ...(bits === undefined ? {} : { bits: bits as 8 | 16 }),
      ...(channels === undefined ? {} : { channels: channels as 1 | 2 }),
      ...(pps === undefined ? {} : { pixelsPerSecond: pps }),
      ...(zoom === undefined ? {} : { samplesPerPixel: zoom }),
      ...(maxLength === undefined ? {} : { maxLength }),
    };
  } catch (error) {
    io.stderr.write(`talkturo-peaks: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  try {
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
    return error instanceof RangeError ? 2 : 1;
  }
}
