// The small rules of the command line's readers, one by one: what a data/json wrap is, which delimiter a CSV header
// has, and which numbers --width and --max-size take.
import { describe, expect, it } from 'vitest';
import { delimiterOf } from '../../src/cli/csvLedger.js';
import { unwrap } from '../../src/cli/inputs.js';
import { type RunContext, run } from '../../src/cli/run.js';

describe('unwrap', () => {
  it('takes the data out of a data/json wrap, and only of a whole one', () => {
    expect(unwrap({ dataVersion: '1', shape: 'document', data: { id: 'x' } })).toEqual({ id: 'x' });
    const partial = [
      { shape: 'document', data: 1 },
      { dataVersion: '1', data: 1 },
      { dataVersion: '1', shape: 'document' },
    ];
    for (const value of partial) expect(unwrap(value)).toBe(value);
    const array = Object.assign([1], { dataVersion: '1', shape: 'document', data: 2 });
    expect(unwrap(array)).toBe(array);
    expect(unwrap(null)).toBe(null);
    expect(unwrap('data')).toBe('data');
  });
});

describe('delimiterOf', () => {
  it('takes the delimiter the header row has most of, outside quotes, a comma on a tie', () => {
    expect(delimiterOf('a,b;c\n')).toBe(',');
    expect(delimiterOf('a;b;c,d\n')).toBe(';');
    expect(delimiterOf('a\tb\tc;d;e\n')).toBe(';');
    expect(delimiterOf('a\tb\tc,d\n')).toBe('\t');
    expect(delimiterOf('a\tb,c\n')).toBe(',');
    expect(delimiterOf('a\tb;c\n')).toBe(';');
    expect(delimiterOf('"x;y;z",b\n')).toBe(',');
    expect(delimiterOf('\ufeffa;b\r\nc,d,e,f\r\n')).toBe(';');
    expect(delimiterOf('a;b')).toBe(';');
    expect(delimiterOf('')).toBe(',');
  });
});

describe('--width and --max-size', () => {
  const piped: RunContext = { stderrIsTTY: false, writeProgress: () => undefined };
  const exit = (...options: string[]) =>
    run(['changes', 'ssd-2206', '--to', '2015-12-31', ...options], piped).exitCode;

  it('--width takes a whole number of 20 or more', () => {
    expect(exit('--width', '20')).toBe(0);
    expect(exit('--width', '020')).toBe(0);
    for (const bad of ['19', '20.5', '2e1', '-30', ' 30', '30 ', '']) expect(exit('--width', bad)).toBe(2);
  });

  it('--max-size takes a number above 0, decimals allowed', () => {
    expect(exit('--max-size', '1.5')).toBe(0);
    expect(exit('--max-size', '3')).toBe(0);
    for (const bad of ['0', '0.0', '.5', '1.', '1e3', '-1', 'x1', '1x'])
      expect(exit('--max-size', bad)).toBe(2);
  });
});
