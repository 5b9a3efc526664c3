#!/usr/bin/env node
// The `sanctions-regime` command (package.json "bin"). Runs the command line and writes its answer whole: stdout and
// stderr are written only once the run is over, so an error never leaves half an answer behind.
import { run } from './run.js';

// A reader that stops early (`| head`) closes the pipe: that is not an error of the command.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

const result = run(process.argv.slice(2), {
  stderrIsTTY: process.stderr.isTTY === true,
  ...(process.stdout.isTTY === true && process.stdout.columns !== undefined
    ? { columns: process.stdout.columns }
    : {}),
  writeProgress: (text) => process.stderr.write(text),
});
if (result.stdout !== '') process.stdout.write(result.stdout);
if (result.stderr !== '') process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
