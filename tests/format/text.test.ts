// The plain-text helpers of the format layer (src/format/text.ts): wrapping with indents, hangs and kept column
// gaps; exact decimals in a locale's separators and digits; counts and plurals.
import { describe, expect, it } from 'vitest';
import {
  citationChain,
  citationList,
  formatCount,
  formatDecimal,
  Lines,
  plural,
  textLength,
  wrap,
} from '../../src/format/text.js';

describe('wrap', () => {
  it('breaks at spaces, indents the first line and hangs the next ones two further in by default', () => {
    expect(wrap('aaa bbb ccc ddd', 9, 1)).toEqual([' aaa bbb', '   ccc', '   ddd']);
    expect(wrap('aaa bbb ccc ddd', 9, 0, 0)).toEqual(['aaa bbb', 'ccc ddd']);
    // A line exactly as wide as the width stays whole.
    expect(wrap('aaaa bbbb', 9, 0)).toEqual(['aaaa bbbb']);
    expect(wrap('aaaa bbbbb', 9, 0)).toEqual(['aaaa', '  bbbbb']);
  });

  it('keeps a word longer than the line whole, on a line of its own', () => {
    expect(wrap('a abcdefghijkl b', 6, 0, 0)).toEqual(['a', 'abcdefghijkl', 'b']);
    expect(wrap('abcdefghijkl', 6, 2)).toEqual(['  abcdefghijkl']);
  });

  it('keeps runs of spaces between words, drops the run a break replaces, and reads tabs and newlines as one space', () => {
    expect(wrap('a   b', 20, 0)).toEqual(['a   b']);
    expect(wrap('aaaa    bbbb', 8, 0, 0)).toEqual(['aaaa', 'bbbb']);
    expect(wrap('a \t\n b', 20, 0)).toEqual(['a b']);
    expect(wrap('  a', 20, 0)).toEqual(['a']);
    expect(wrap('a  ', 20, 0)).toEqual(['a']);
  });

  it('caps indents at two thirds of the width', () => {
    expect(wrap('x y', 30, 50, 50)).toEqual([`${' '.repeat(20)}x y`]);
    expect(wrap('xxxxxxxx yyyyyyyy', 30, 25, 40)).toEqual([
      `${' '.repeat(20)}xxxxxxxx`,
      `${' '.repeat(20)}yyyyyyyy`,
    ]);
  });

  it('counts characters in code points, so that a line of emoji or CJK is measured as it shows', () => {
    expect(textLength('😀😀')).toBe(2);
    expect(wrap('😀😀😀 😀😀😀', 7, 0, 0)).toEqual(['😀😀😀 😀😀😀']);
    expect(wrap('😀😀😀 😀😀😀', 6, 0, 0)).toEqual(['😀😀😀', '😀😀😀']);
  });

  it('collects lines with Lines, blank lines included', () => {
    const lines = new Lines({ locale: 'en-US', width: 20 });
    expect(lines.add(0, 'one two three four five six').blank().add(4, 'x').toString()).toBe(
      'one two three four\n  five six\n\n    x',
    );
  });
});

describe('formatDecimal', () => {
  it('groups the integer part and keeps every decimal, in the locale', () => {
    expect(formatDecimal('1234567.891011121314151617', 'en-US')).toBe('1,234,567.891011121314151617');
    expect(formatDecimal('1234567.5', 'de-DE')).toBe('1.234.567,5');
    expect(formatDecimal('-0.5', 'de-DE')).toBe('-0,5');
    expect(formatDecimal('-1234', 'en-US')).toBe('-1,234');
    expect(formatDecimal('0', 'en-US')).toBe('0');
    expect(formatDecimal('12.05', 'ar-EG')).toBe('١٢٫٠٥');
    expect(formatDecimal('1234.5', 'fr-FR')).toBe('1\u202f234,5');
    expect(formatDecimal('9.0123456789', 'hi-IN-u-nu-deva')).toBe('९.०१२३४५६७८९');
  });

  it('returns anything but a plain decimal string as it is', () => {
    for (const text of ['unknown', '1e5', '1.', '.5', ' 1', '1,5', '--1', '1.2.3', ''])
      expect(formatDecimal(text, 'de-DE')).toBe(text);
  });

  it('counts in the locale, and says one or many', () => {
    expect(formatCount(1234, 'en-US')).toBe('1,234');
    expect(plural(1, 'entry', 'entries', 'en-US')).toBe('1 entry');
    expect(plural(0, 'entry', 'entries', 'en-US')).toBe('0 entries');
    expect(plural(1234, 'entry', 'entries', 'de-DE')).toBe('1.234 entries');
  });
});

describe('citations', () => {
  it('chain oldest first with arrows, and list with semicolons', () => {
    const citations = [
      { resolution: 2375, paragraph: '14' },
      { resolution: 2397, paragraph: '5' },
      { document: 'S/2019/171' },
    ];
    expect(citationChain(citations)).toBe('res. 2375 para 14 → res. 2397 para 5 → S/2019/171');
    expect(citationList(citations)).toBe('res. 2375 para 14; res. 2397 para 5; S/2019/171');
    expect(citationChain([])).toBe('');
  });
});

describe('Lines', () => {
  // Found by review: a wrapped text was appended with push(...lines), which overflows the stack past about 130,000
  // lines (a free text of about 4 MB at width 20; no formatter bounds the texts it is given).
  it('adds a text that wraps to 200,000 lines', () => {
    const word = 'abcdefghijklmnopqrs'; // 19 characters: one word per line at width 20.
    const text = new Lines({ locale: 'en-US', width: 20 }).add(0, Array(200_000).fill(word).join(' '), 0);
    const lines = text.toString().split('\n');
    expect(lines).toHaveLength(200_000);
    expect(lines.filter((line) => line !== word)).toEqual([]);
  });
});
