// Every exported function, called from untyped JavaScript with garbage in each argument in turn (the others valid),
// refuses it with a SanctionsRegimeError: never a TypeError, never a garbage answer. A new export fails the first
// test until it has a row here.
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import * as lib from '../src/index.js';
import { cap, delivery } from './caps/fixtures.js';
import { plan, regime } from './relief/fixtures.js';

const {
  ConversionFactorSchema,
  createCapAccumulator,
  fact,
  parseDate,
  parseDuration,
  PeriodRuleSchema,
  quantity,
  SanctionsRegimeError,
  serializeAccumulator,
  units,
} = lib;

const AT = parseDate('2018-09-27');
const LATER = parseDate('2019-03-01');
const barrels = quantity('10', 'barrel');
const factor = ConversionFactorSchema.parse({ from: 'tonne', to: 'barrel', multiplier: '7.33', source: 'x' });
const rule = PeriodRuleSchema.parse({ kind: 'recurring', anchor: '2018-01-01', every: 'P12M' });
const range = { start: parseDate('2018-01-01'), end: parseDate('2018-12-31') };
const entries = [delivery('10', '2018-03-01', { id: 'a' })];
const cubicMetre = { id: 'cubic-metre', name: 'cubic metre', symbol: 'm³', dimension: 'volume' };

const GARBAGE: readonly (readonly [string, unknown])[] = [
  ['null', null],
  ['undefined', undefined],
  ['a number', 42],
  ['NaN', Number.NaN],
  ['an empty object', {}],
  ['an object of junk', { start: 'zz', end: 'zzz', kind: 'x', amount: '1', unit: 1, op: 'nope' }],
  ['an array', [1, 'x']],
  ['a word', 'zz'],
  ['a sloppy date', '2018-1-1'],
  ['a date with a newline', '2018-01-01\n'],
  ['a function', () => 1],
];

type Row = readonly [
  name: string,
  args: () => readonly unknown[],
  /** Argument positions where some garbage is a valid value, and which (by label). */
  accepted?: Readonly<Record<number, readonly string[]>>,
];

const OPTIONAL = ['undefined'];
/** An options object with unknown keys is an options object: its unknown keys are ignored, as in any JS API. */
const OPTIONS = [...OPTIONAL, 'an empty object', 'an object of junk'];
const ANY_ID = ['a word', 'a sloppy date', 'a date with a newline'];

const rows: readonly Row[] = [
  // time
  ['parseDate', () => ['2018-09-27']],
  ['parseDuration', () => ['P1M']],
  ['durationParts', () => [parseDuration('P1M')]],
  ['addDays', () => [AT, 1], { 1: ['a number'] }],
  ['compareDates', () => [AT, LATER]],
  ['daysBetween', () => [AT, LATER]],
  ['addDuration', () => [AT, parseDuration('P1M')]],
  ['subtractDuration', () => [AT, parseDuration('P1M')]],
  ['dateRange', () => [AT, LATER]],
  ['rangeContains', () => [range, AT]],
  ['rangesOverlap', () => [range, range]],
  ['periodContaining', () => [rule, AT]],
  ['periodsOverlapping', () => [rule, range]],
  // quantity
  ['quantity', () => ['1', 'barrel', { units }], { 0: ['a number'], 2: OPTIONS }],
  ['add', () => [barrels, barrels]],
  ['subtract', () => [barrels, barrels]],
  ['compare', () => [barrels, barrels]],
  ['ratio', () => [barrels, barrels]],
  ['isZero', () => [barrels]],
  ['sum', () => [[barrels], 'barrel'], { 1: OPTIONAL }],
  ['convert', () => [quantity('1', 'tonne'), 'barrel', factor]],
  ['formatQuantity', () => [barrels, { locale: 'en-US' }], { 1: OPTIONS }],
  ['extendUnits', () => [units, [cubicMetre]], { 0: ['an empty object'] }],
  ['createQuantitySchema', () => [units], { 0: ['an empty object'] }],
  // resolutions
  ['formatCitation', () => [{ resolution: 2397, paragraph: '5' }]],
  ['commodityLineage', () => ['coal']],
  ['measuresInForce', () => [regime, AT]],
  ['findMeasure', () => [regime, 'x.oil.cap', 'quantity-cap'], { 1: ANY_ID, 2: OPTIONAL }],
  ['assessTransfer', () => [regime, { commodity: 'arms', direction: 'from-target', on: AT }]],
  ['regimeChanges', () => [regime, { from: AT, to: LATER }], { 1: [...OPTIONS, 'an array'] }],
  ['validateRegime', () => [regime]],
  ['mandatesInForce', () => [regime, AT]],
  ['regimeCalendar', () => [regime, { from: AT, to: LATER }]],
  // caps
  ['capReport', () => [cap, entries, { asOf: AT }], { 2: [...OPTIONS, 'an array'] }],
  ['compareBases', () => [cap, entries, { asOf: AT }], { 2: [...OPTIONS, 'an array'] }],
  ['createCapAccumulator', () => [cap, { asOf: AT }], { 1: [...OPTIONS, 'an array'] }],
  ['accumulate', () => [createCapAccumulator(cap), entries]],
  ['mergeAccumulators', () => [createCapAccumulator(cap), createCapAccumulator(cap)]],
  ['finishCapReport', () => [createCapAccumulator(cap)]],
  ['serializeAccumulator', () => [createCapAccumulator(cap)]],
  ['deserializeAccumulator', () => [serializeAccumulator(createCapAccumulator(cap)), cap]],
  // conditions
  ['createConditionSchema', () => [{ maxDepth: 10 }], { 0: OPTIONS }],
  ['fact', () => ['a'], { 0: ANY_ID }],
  ['ref', () => ['a'], { 0: ANY_ID }],
  ['not', () => [fact('a')]],
  ['all', () => [fact('a'), fact('b')]],
  ['any', () => [fact('a'), fact('b')]],
  ['atLeast', () => [1, fact('a')], { 0: ['a number'] }],
  [
    'compareFact',
    () => ['a', 'eq', 1],
    { 0: ANY_ID, 2: ['a number', 'a word', 'a sloppy date', 'a date with a newline'] },
  ],
  ['occurred', () => ['e', { last: 'P1M' }], { 0: ANY_ID }],
  ['noneOccurred', () => ['e', { last: 'P1M' }], { 0: ANY_ID }],
  ['onOrAfter', () => [AT]],
  ['prepareEvidence', () => [{}], { 0: ['an empty object'] }],
  ['evaluate', () => [fact('a'), {}, { at: AT }], { 1: ['an empty object'] }],
  ['evaluateCompact', () => [fact('a'), {}, { at: AT }], { 1: ['an empty object'] }],
  ['truthOver', () => [fact('a'), {}, { from: AT, to: LATER }], { 1: ['an empty object'] }],
  ['firstMet', () => [fact('a'), {}, { from: AT, to: LATER }], { 1: ['an empty object'] }],
  // relief
  ['evaluatePlan', () => [plan, {}, { at: AT }], { 1: ['an empty object'] }],
  ['planTimeline', () => [plan, {}, { from: AT, to: LATER }], { 1: ['an empty object'] }],
  ['validatePlan', () => [plan, regime]],
];

/**
 * Cells this test does not judge, with why. Raw ledger entries are parsed, and refused with a ZodError at the
 * entry's path (DESIGN: "parsing unknown input ... throws a ZodError with paths"). The rest are left to the owners of
 * those layers in issue 13 (compareBases reads only asOf from its options, createConditionSchema only maxDepth from
 * its options; raw evidence ignores unknown keys).
 */
const NOT_JUDGED: Readonly<Record<string, Readonly<Record<number, readonly string[]>>>> = {
  capReport: { 1: GARBAGE.map(([label]) => label) },
  compareBases: {
    1: GARBAGE.map(([label]) => label),
    2: ['null', 'a number', 'NaN', 'a word', 'a sloppy date', 'a date with a newline', 'a function'],
  },
  createConditionSchema: {
    0: [
      'null',
      'a number',
      'NaN',
      'an array',
      'a word',
      'a sloppy date',
      'a date with a newline',
      'a function',
    ],
  },
  accumulate: { 1: GARBAGE.map(([label]) => label) },
  prepareEvidence: { 0: ['an object of junk'] },
  evaluate: { 1: ['an object of junk'] },
  evaluateCompact: { 1: ['an object of junk'] },
  truthOver: { 1: ['an object of junk'] },
  firstMet: { 1: ['an object of junk'] },
  evaluatePlan: { 1: ['an object of junk'] },
  planTimeline: { 1: ['an object of junk'] },
};

/** Predicates answer `false` for garbage rather than throwing. */
const PREDICATES = ['isPlainDate', 'isQuantity', 'isSanctionsRegimeError'];

/** What a call did: "SanctionsRegimeError CODE", "returns", or the other error's class and message. */
function outcome(fn: () => unknown): string {
  try {
    fn();
    return 'returns';
  } catch (error) {
    if (error instanceof SanctionsRegimeError) return `SanctionsRegimeError ${error.code}`;
    if (error instanceof z.ZodError) return `ZodError at ${error.issues[0]?.path.join('.')}`;
    return `${(error as Error)?.constructor?.name}: ${(error as Error)?.message}`;
  }
}

const exportedFunctions = Object.entries(lib)
  .filter(([, value]) => typeof value === 'function' && !(value instanceof z.ZodType))
  .filter(([name]) => name !== 'SanctionsRegimeError')
  .map(([name]) => name)
  .sort();

describe('every exported function refuses garbage with a SanctionsRegimeError', () => {
  it('has a row for every exported function, and one only', () => {
    const named = [...rows.map(([name]) => name), ...PREDICATES].sort();
    expect(named).toEqual(exportedFunctions);
  });

  it('the conditions namespace holds the same builders as the top level', () => {
    for (const [name, value] of Object.entries(lib.conditions)) {
      expect(value, name).toBe((lib as Record<string, unknown>)[name === 'compare' ? 'compareFact' : name]);
    }
  });

  const cases = rows.map((row) => [row[0], row] as const);
  const functionNamed = (name: string) =>
    (lib as unknown as Record<string, (...a: unknown[]) => unknown>)[name] as (...a: unknown[]) => unknown;

  it.each(cases)('%s: accepts its valid arguments', (name, [, args]) => {
    const fn = functionNamed(name);
    expect(outcome(() => fn(...args()))).toBe('returns');
  });

  it.each(cases)('%s: refuses garbage in each argument', (name, [, args, accepted = {}]) => {
    const fn = functionNamed(name);
    const valid = args();
    const wrong: string[] = [];
    for (let position = 0; position < valid.length; position += 1) {
      for (const [label, garbage] of GARBAGE) {
        if (NOT_JUDGED[name]?.[position]?.includes(label)) continue;
        const call = [...valid];
        call[position] = garbage;
        const result = outcome(() => fn(...call));
        const ok = accepted[position]?.includes(label)
          ? result === 'returns'
          : result.startsWith('SanctionsRegimeError');
        if (!ok) wrong.push(`argument ${position} = ${label}: ${result}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each(PREDICATES)('%s answers false for garbage', (name) => {
    const fn = (lib as unknown as Record<string, (v: unknown) => unknown>)[name] as (v: unknown) => unknown;
    for (const [, garbage] of GARBAGE) expect(fn(garbage)).toBe(false);
  });

  it('name the argument, and say what is wrong, in the message and details', () => {
    const error = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return e as InstanceType<typeof SanctionsRegimeError>;
      }
      throw new Error('expected an error');
    };
    const sloppy = error(() => lib.addDays('2018-1-1' as never, 1));
    expect(sloppy.message).toMatch(
      /^addDays\(date\): Invalid date "2018-1-1": write a calendar date that exists/,
    );
    expect(sloppy.details).toEqual({ argument: 'addDays(date)', value: '"2018-1-1"' });
    const words = error(() => lib.rangeContains({ start: 'zz', end: 'zzz' } as never, 'zza' as never));
    expect(words.details).toEqual({ argument: 'rangeContains(range).start', value: '"zz"' });
    const backwards = error(() => lib.rangesOverlap(range, { start: LATER, end: AT }));
    expect([backwards.code, backwards.message]).toEqual([
      'INVALID_RANGE',
      'rangesOverlap(b): the range 2019-03-01 to 2018-09-27 ends before it starts: swap the dates or check them.',
    ]);
    const kind = error(() => lib.periodContaining({ kind: 'weekly' } as never, AT));
    expect(kind.message).toContain('periodContaining(rule): unknown kind "weekly"');
    const citation = error(() => lib.formatCitation(null as never));
    expect(citation.details).toEqual({ argument: 'formatCitation(citation)', value: 'null' });
    const barrel = error(() =>
      lib.extendUnits(units, [{ id: 'barrel', name: 'barrel', symbol: 'bbl', dimension: 'mass' }]),
    );
    expect(barrel.message).toBe(
      'extendUnits(definitions)[0]: the unit "barrel" is already defined as a volume named "barrel" (bbl), and cannot become a mass named "barrel" (bbl): give the new unit another id.',
    );
    const symbol = error(() => lib.extendUnits(units, [{ ...cubicMetre, symbol: '' }]));
    expect([symbol.code, symbol.details]).toEqual([
      'INVALID_INPUT',
      { argument: 'extendUnits(definitions)[0].symbol' },
    ]);
    const misfiled = error(() => lib.createQuantitySchema({ tonne: { ...cubicMetre } } as never));
    expect(misfiled.message).toBe(
      'createQuantitySchema(registry).tonne: the definition\'s id is "cubic-metre", not its key.',
    );
  });

  it('extendUnits takes the very same definition again as a no-op, and keeps the first of twins', () => {
    expect(lib.extendUnits(units, [{ ...units.barrel }])).toEqual(units);
    const twice = lib.extendUnits(units, [cubicMetre, { ...cubicMetre }]);
    expect(Object.keys(twice)).toEqual([...Object.keys(units), 'cubic-metre']);
    expect(() => lib.extendUnits(units, [cubicMetre, { ...cubicMetre, dimension: 'mass' }])).toThrow(
      expect.objectContaining({ code: 'UNIT_REDEFINED' }),
    );
  });
});
