#!/usr/bin/env node
// The `talkturo-peaks` bin: see runCli.ts.
import { runCli } from './runCli.js';

process.exitCode = await runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
