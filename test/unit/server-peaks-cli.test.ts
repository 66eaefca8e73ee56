// @vitest-environment node
// talkturo-peaks, run in-process with its own streams (the packed bin runs in test/consumer/run.mjs).
import { mkdtempSync, readFileSync, rmSync, createReadStream, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { computePeaks, redactRecording, type RedactionRange } from '../../src/peaks/index';
import { runCli, USAGE } from '../../src/peaks/runCli';

const FILE = 'src/adapter/fixtures/call-short.mp3';
const dir = mkdtempSync(join(tmpdir(), 'talkturo-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[], stdin: AsyncIterable<Uint8Array> = (async function* () {})()) {
  const out: Uint8Array[] = [];
  let err = '';
  const code = await runCli(args, {
    stdin,
    stdout: { write: (bytes, done) => (out.push(bytes), setImmediate(done)) },
    stderr: { write: (text) => (err += text) },
  });
  return { code, stdout: Buffer.concat(out).toString('utf8'), bytes: new Uint8Array(Buffer.concat(out)), stderr: err };
}

describe('talkturo-peaks --redact', () => {
  const ranges: RedactionRange[] = [{ start: 5, end: 8 }, { start: 12.5, end: 14, channel: 'caller' }];

  it('writes the redacted MP3, ranges inline or from a JSON file, silence or --beep', async () => {
    const inline = await run([FILE, '--redact', '5-8,12.5-14:caller']);
    expect({ code: inline.code, stderr: inline.stderr }).toEqual({ code: 0, stderr: '' });
    expect(inline.bytes).toEqual(await redactRecording(FILE, ranges));
    const file = join(dir, 'ranges.json');
    writeFileSync(file, JSON.stringify(ranges));
    const out = join(dir, 'out.mp3');
    const beeped = await run([FILE, '-r', file, '--beep', '-o', out]);
    expect(beeped.code).toBe(0);
    expect(new Uint8Array(readFileSync(out))).toEqual(await redactRecording(FILE, ranges, { mode: 'beep' }));
    // From stdin, as a pipe.
    const piped = await run(['-', '--redact', '5-8'], createReadStream(FILE));
    expect(piped.bytes).toEqual(await redactRecording(FILE, [{ start: 5, end: 8 }]));
  });

  it('says what is wrong with ranges it cannot read (exit 2), and keeps --beep for --redact', async () => {
    for (const [args, message] of [
      [['--redact', '5-x'], '"5-x" is not start-end'],
      [['--redact', '8-5'], 'ranges[0] must have 0 ≤ start ≤ end'],
      [['--redact', 'missing.json'], 'cannot read ranges from "missing.json"'],
      [['--beep'], '--beep goes with --redact'],
    ] as const) {
      const { code, stderr } = await run([FILE, ...args]);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toContain(message);
    }
  });
});

describe('talkturo-peaks', () => {
  it('writes the JSON of a file to stdout, one line', async () => {
    const { code, stdout, stderr } = await run([FILE, '--bits', '8', '--pps', '50']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout.endsWith('}\n')).toBe(true);
    expect(JSON.parse(stdout)).toEqual(await computePeaks(FILE, { bits: 8, pixelsPerSecond: 50 }));
  });

  it('reads stdin when given no file or "-"', async () => {
    for (const args of [[], ['-']]) {
      const { code, stdout } = await run([...args, '-z', '512', '-c', '1'], createReadStream(FILE));
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toEqual(await computePeaks(FILE, { samplesPerPixel: 512, channels: 1 }));
    }
  });

  it('writes to a file with -o, and merges down with --max-length', async () => {
    const path = join(dir, 'call.peaks.json');
    const { code, stdout } = await run([FILE, '-o', path, '-m', '100', '-b', '16']);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const json = JSON.parse(readFileSync(path, 'utf8'));
    expect(json.length).toBeLessThanOrEqual(100);
    expect(json).toEqual(await computePeaks(FILE, { maxLength: 100 }));
  });

  it('prints its usage on --help', async () => {
    const { code, stdout, stderr } = await run(['--help']);
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: '', stderr: USAGE });
  });

  it.each([
    [['--bits', 'eight', FILE], /--bits takes a number/],
    [['--bits', '12', FILE], /bits must be 8 or 16/],
    [['--nope', FILE], /Unknown option '--nope'/],
    [[FILE, FILE], /one recording at a time/],
  ])('bad usage %j: exit 2, says why and how', async (args, message) => {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('a file that is not an MP3 or is missing: exit 1 with the reason', async () => {
    const notMp3 = await run(['package.json']);
    expect(notMp3.code).toBe(1);
    expect(notMp3.stderr).toMatch(/no MP3 audio frames/);
    const missing = await run([join(dir, 'nothing.mp3')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/ENOENT/);
  });
});
