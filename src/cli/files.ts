// Reading the files the command line names: refused by size before reading, refused when not text, and every error
// naming the file.
import { readFileSync, statSync } from 'node:fs';
import { badInput } from './failure.js';

/** The default size limit of an input file, in megabytes (`--max-size` changes it). @internal */
export const DEFAULT_MAX_MEGABYTES = 100;

/** How a command reads files. @internal */
export interface ReadOptions {
  /** The largest file accepted, in bytes. */
  readonly maxBytes: number;
}

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/**
 * Reads a text file whole: UTF-8, a leading byte-order mark removed. Refuses, naming the file, a path that does not
 * exist, a directory, a file over the size limit (from its size, before reading it) and a file that is not text (a
 * NUL byte, or bytes that are not UTF-8).
 *
 * @internal
 */
export function readTextFile(path: string, options: ReadOptions): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw badInput(`${path} is a directory: give the path of a file.`);
    if (!stat.isFile()) throw badInput(`${path} is not a regular file.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof Error && error.name === 'CliFailure') throw error;
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw badInput(`No such file: ${path}`);
    if (code === 'EACCES') throw badInput(`${path} cannot be read: permission denied.`);
    throw badInput(`${path} cannot be read: ${(error as Error).message}`);
  }
  if (size > options.maxBytes) {
    throw badInput(
      `${path} is ${megabytes(size)}, over the limit of ${megabytes(options.maxBytes)}: it was not read. Split it, or raise the limit with --max-size <megabytes>.`,
    );
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw badInput(`${path} cannot be read: ${(error as Error).message}`);
  }
  if (bytes.length === 0) return '';
  if (bytes.subarray(0, 8192).includes(0)) {
    throw badInput(`${path} is not a text file (it holds NUL bytes): give a JSON or CSV file.`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw badInput(
      `${path} is not UTF-8 text: save it as UTF-8 (in a spreadsheet, "CSV UTF-8"), or check it is the right file.`,
    );
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Line and column (both from 1) of a character offset. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/**
 * Reads and parses a JSON file; a syntax error names the file, the line and the column.
 *
 * @internal
 */
export function readJsonFile(path: string, options: ReadOptions): unknown {
  const text = readTextFile(path, options);
  if (text.trim() === '') throw badInput(`${path} is empty: expected a JSON document.`);
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    const where = position === null ? '' : ` at ${lineAndColumn(text, Number(position[1]))}`;
    const what = message
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '');
    throw badInput(`${path} is not valid JSON${where}: ${what}.`);
  }
}
