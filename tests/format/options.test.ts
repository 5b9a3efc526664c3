// The options and arguments every text formatter checks (src/format/options.ts): the defaults, the smallest width,
// and the exact words and details of each refusal, which callers and the CLI show as they are.
import { describe, expect, it } from 'vitest';
import { dprk1718 } from '../../src/data/index.js';
import {
  formatExplanation,
  formatMeasures,
  formatPlanEvaluation,
  formatTimeline,
  formatTransfer,
} from '../../src/format/index.js';
import { checkLocale, checkObject, checkOptions, MIN_WIDTH } from '../../src/format/options.js';
import { measuresInForce } from '../../src/index.js';
import { errorOf } from '../helpers.js';

describe('format options', () => {
  const inForce = () => measuresInForce(dprk1718, '2018-09-27');

  it('default to en-US and 80 columns, given nothing or an empty object', () => {
    expect(checkOptions('f', undefined)).toEqual({ locale: 'en-US', width: 80 });
    expect(checkOptions('f', {})).toEqual({ locale: 'en-US', width: 80 });
    expect(checkOptions('f', { locale: 'de-DE', width: MIN_WIDTH })).toEqual({ locale: 'de-DE', width: 20 });
    const text = formatMeasures(inForce());
    expect(formatMeasures(inForce(), {})).toBe(text);
    expect(formatMeasures(inForce(), { locale: 'en-US', width: 80 })).toBe(text);
    expect(formatMeasures(inForce(), { width: 20 })).not.toBe(text);
  });

  it('refuse a bad width or locale in words that name the function, the option and the value', () => {
    const width = errorOf(() => checkOptions('formatX', { width: 19 }));
    expect(width.message).toBe(
      'formatX(options.width): expected a whole number of characters, 20 or more, got 19.',
    );
    expect(width.details).toEqual({ argument: 'formatX(options.width)', value: '19' });
    const locale = errorOf(() => checkOptions('formatX', { locale: 'not a locale!' }));
    expect(locale.message).toBe(
      'formatX(options.locale): expected a BCP 47 locale such as "en-US", got "not a locale!".',
    );
    expect(locale.details.argument).toBe('formatX(options.locale)');
    expect(errorOf(() => checkLocale('formatX', 7)).message).toBe(
      'formatX(options.locale): expected a BCP 47 locale such as "en-US", got 7.',
    );
    for (const options of ['wide', null, [], 3]) {
      const error = errorOf(() => checkOptions('formatX', options));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message).toMatch(
        /^formatX\(options\): expected an options object such as \{ locale: "en-US", width: 80 \}, got /,
      );
      expect(error.details).toEqual({ argument: 'formatX(options)' });
    }
  });

  it('refuse a result without its lists, naming the lists', () => {
    expect(() => checkObject('formatX', 'report', { periods: [] }, 'a report', ['periods'])).not.toThrow();
    expect(() => checkObject('formatX', 'report', {}, 'a report')).not.toThrow();
    const missing = errorOf(() =>
      checkObject('formatX', 'report', { periods: 1 }, 'a report', ['periods', 'notes']),
    );
    expect(missing.message).toBe(
      'formatX(report): expected a report, got a value of type object without periods, notes as lists.',
    );
    expect(missing.details.argument).toBe('formatX(report)');
    const nothing = errorOf(() => checkObject('formatX', 'report', null, 'a report', ['periods']));
    expect(nothing.message).toBe('formatX(report): expected a report, got null.');
    expect(errorOf(() => checkObject('formatX', 'report', 'text', 'a report')).message).toBe(
      'formatX(report): expected a report, got "text".',
    );
    expect(errorOf(() => formatTransfer({ measures: [] } as never)).message).toContain(
      'without measures, citations',
    );
    expect(errorOf(() => formatPlanEvaluation({ phases: 'x' } as never)).message).toBe(
      'formatPlanEvaluation(evaluation): expected the result of evaluatePlan, got a value of type object without phases as lists.',
    );
  });
});

describe('each formatter', () => {
  it.each([
    [
      'formatMeasures',
      () => formatMeasures(7 as never),
      'formatMeasures(inForce): expected the result of measuresInForce, got 7.',
    ],
    [
      'formatMeasures',
      () => formatMeasures({ relieved: [], uncertain: [] } as never),
      'formatMeasures(inForce): expected the result of measuresInForce, got a value of type object without inForce, relieved, uncertain as lists.',
    ],
    [
      'formatTransfer',
      () => formatTransfer({ measures: [] } as never),
      'formatTransfer(assessment): expected the result of assessTransfer, got a value of type object without measures, citations as lists.',
    ],
    [
      'formatTimeline',
      () => formatTimeline({} as never),
      'formatTimeline(timeline): expected the result of planTimeline or regimeChanges, got null.',
    ],
    [
      'formatExplanation',
      () => formatExplanation(7 as never),
      'formatExplanation(explanation): expected an explanation or the result of evaluate, got 7.',
    ],
    [
      'formatExplanation',
      () => formatExplanation({ op: 'all' } as never),
      'formatExplanation(explanation): expected an explanation or the result of evaluate, got a value of type object without children, missing as lists.',
    ],
  ])('%s refuses what it cannot read in words', (_name, call, message) => {
    expect(errorOf(call).message).toBe(message);
  });

  it('formatTransfer says when no basis is cited', () => {
    const text = formatTransfer({
      verdict: 'prohibited',
      measures: [{ measure: dprk1718.resolutions[0]?.measures[0], citations: [] }],
      citations: [],
    } as never);
    expect(text.split('\n').at(-1)).toBe('Basis: none cited');
  });
});
