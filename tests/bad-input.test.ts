// A catalogue of bad input, across the layers: each named input and the exact code, issue or reason it gets.
// Thrown errors are shown as "throws CODE"; zod refusals as "zod path:code" (the issue's params.code when the
// library sets one, else zod's own code), one per issue; returned outcomes as "issue CODE" or "not counted REASON".
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { readResolution } from '../src/akn/index.js';
import {
  add,
  addDays,
  addDuration,
  assessTransfer,
  type CapReport,
  ChangeSchema,
  type Condition,
  ConditionSchema,
  ConversionFactorSchema,
  capReport,
  compareDates,
  convert,
  createConditionSchema,
  DateRangeSchema,
  dateRange,
  daysBetween,
  EvidenceSchema,
  evaluate,
  evaluatePlan,
  extendUnits,
  formatCitation,
  formatQuantity,
  type LedgerEntryInput,
  LedgerEntrySchema,
  LedgerSchema,
  MeasureSchema,
  measuresInForce,
  type PeriodReport,
  PeriodRuleSchema,
  type PlainDate,
  PlainDateSchema,
  parseDate,
  parseDuration,
  periodContaining,
  type QuantityCap,
  QuantitySchema,
  quantity,
  type Regime,
  RegimeSchema,
  ReliefPlanSchema,
  ResolutionSchema,
  rangeContains,
  ratio,
  SanctionsRegimeError,
  sum,
  truthOver,
  units,
  validatePlan,
  validateRegime,
} from '../src/index.js';
import { cap, delivery } from './caps/fixtures.js';
import { baseEvidence, planInput, regime as reliefRegime } from './relief/fixtures.js';
import { sampleInput } from './resolutions/fixtures.js';

const schemasDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas');
const shippedSchema = (name: string) =>
  JSON.parse(readFileSync(join(schemasDir, `${name}.json`), 'utf8')) as Record<string, unknown>;
/** What Ajv says of a document against a shipped JSON Schema. */
function jsonSchemaVerdict(name: string, document: unknown): string {
  const validate = new Ajv2020({ strict: false }).compile(shippedSchema(name));
  return validate(document) ? 'JSON Schema accepts' : 'JSON Schema refuses';
}

/**
 * What Python's jsonschema says of a string against a shipped schema's `pattern` and `not` (the real Python run is in
 * json-schemas.test.ts, where /usr/bin/python3 has jsonschema): Python's `re.search` lets `\d` match any Unicode digit
 * and `$` match before a final newline, which this reads into an equivalent JavaScript regex.
 */
function pythonReading(name: string, value: string): string {
  const asPython = (pattern: string) =>
    new RegExp(pattern.replace(/\\d/g, '\\p{Nd}').replace(/\$$/, '\n?$'), 'u').test(value);
  const schema = shippedSchema(name) as {
    pattern: string;
    not?: { pattern?: string; anyOf?: { pattern: string }[] };
  };
  const forbidden = [schema.not?.pattern, ...(schema.not?.anyOf ?? []).map((n) => n.pattern)].filter(
    (p): p is string => p !== undefined,
  );
  return asPython(schema.pattern) && !forbidden.some(asPython)
    ? 'JSON Schema accepts'
    : 'JSON Schema refuses';
}

const d = parseDate;
const AT = d('2018-09-27');

/** What a call does: "throws CODE", "throws ZodError at path:code, …", or "returns". */
/** readResolution's refusal: its code and `details.reason`. */
function refusedDocument(xml: string): string {
  try {
    readResolution(xml);
  } catch (error) {
    if (error instanceof SanctionsRegimeError) return `throws ${error.code} ${String(error.details.reason)}`;
    throw error;
  }
  return 'returns';
}

const akn = (body: string, kind = 'resolution') =>
  `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="${kind}"><meta><identification><FRBRWork><FRBRdate date="2022-05-26" name="adoption"/></FRBRWork></identification></meta><coverPage><p><docNumber refersTo="#symbol">S/RES/2633 (2022)</docNumber></p></coverPage><mainBody>${body}</mainBody></statement></akomaNtoso>`;
const aknParagraph =
  '<paragraph><num>1.</num><content><p>Decides to remain seized of the matter.</p></content></paragraph>';

function outcome(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof SanctionsRegimeError) return `throws ${error.code}`;
    if (error instanceof z.ZodError) return `throws ZodError ${issues(error)}`;
    throw error;
  }
  return 'returns';
}

function issues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const params = (issue as { params?: { code?: string } }).params;
      return `${issue.path.join('.')}:${params?.code ?? issue.code}`;
    })
    .join(', ');
}

/** How a schema refuses the input: "zod path:code, …" ("accepted" if it does not). */
function refusal(schema: z.ZodType, input: unknown): string {
  const result = schema.safeParse(input);
  return result.success ? 'accepted' : `zod ${issues(result.error)}`;
}

function report(
  entries: readonly LedgerEntryInput[],
  options: Parameters<typeof capReport>[2] = {},
): CapReport {
  return capReport(cap, entries, options);
}

const notCounted = (r: Pick<CapReport, 'notCounted'>) =>
  `not counted ${r.notCounted.map((n) => `${n.entryId}:${n.reason}`).join(', ')}`;
const ledgerIssues = (r: CapReport) => `issue ${r.issues.map((i) => `${i.entryId}:${i.code}`).join(', ')}`;

type RegimeInput = z.input<typeof RegimeSchema>;
type ResolutionInput = RegimeInput['resolutions'][number];

/** The sample regime with its first resolution changed. */
function withFirstResolution(change: (r: ResolutionInput) => ResolutionInput): Regime {
  const [first, ...rest] = sampleInput.resolutions;
  return RegimeSchema.parse({ ...sampleInput, resolutions: [change(first as ResolutionInput), ...rest] });
}

const measureBase = {
  id: 'x.cap',
  summary: 'a cap',
  citations: [{ resolution: 1, paragraph: '1' }],
  effective: { start: '2018-01-01' },
  confidence: 'confirmed',
  kind: 'quantity-cap',
  commodity: 'crude-oil',
  direction: 'to-target',
  limits: [{ amount: '100', unit: 'barrel' }],
  period: { kind: 'recurring', anchor: '2018-01-01', every: 'P12M' },
  thresholds: [],
} as const;

const resolutionBase = {
  symbol: 'S/RES/2397 (2017)',
  number: 2397,
  adopted: '2017-12-22',
  vote: 'unanimous',
  summary: 'more sanctions',
  paragraphs: [],
  measures: [],
  changes: [],
  confidence: 'confirmed',
} as const;

const planWith = (extra: Record<string, unknown>) => ReliefPlanSchema.parse({ ...planInput, ...extra });
const phases = planInput.phases;

function nest(depth: number): unknown {
  let node: unknown = { op: 'fact', fact: 'a' };
  for (let i = 0; i < depth; i += 1) node = { op: 'not', of: node };
  return node;
}

const AMOUNT_MESSAGE =
  'Expected a plain decimal string such as "500000" or "0.75" (no exponent, no JSON number, no negative zero, at most 20 digits before and 20 after the point)';
/** Five ledger rows, the fourth with a spreadsheet's thousands separator. */
const fiveRows = ['10', '20', '30', '120,000', '50'].map((amount, i) =>
  delivery(amount, '2018-03-01', { id: `row-${i + 1}` }),
);
/** A ZodError's issues with their messages: "zod path:code: message, …". */
function zodMessages(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (!(error instanceof z.ZodError)) throw error;
    return `zod ${error.issues
      .map((issue) => {
        const params = (issue as { params?: { code?: string } }).params;
        return `${issue.path.join('.')}:${params?.code ?? issue.code}: ${issue.message}`;
      })
      .join(', ')}`;
  }
  return 'returns';
}

const catalogue: readonly (readonly [name: string, run: () => string, expected: string])[] = [
  // time
  ['an impossible date (30 February)', () => outcome(() => parseDate('2018-02-30')), 'throws INVALID_DATE'],
  ['29 February of a common year', () => outcome(() => parseDate('2019-02-29')), 'throws INVALID_DATE'],
  ['a sloppy date without zero padding', () => outcome(() => parseDate('2018-9-27')), 'throws INVALID_DATE'],
  [
    'a date with a time and zone',
    () => refusal(PlainDateSchema, '2018-09-27T00:00:00Z'),
    'zod :INVALID_DATE',
  ],
  ['a number that looks like a date', () => refusal(PlainDateSchema, 20180927), 'zod :invalid_type'],
  ['year 0000', () => outcome(() => parseDate('0000-01-01')), 'throws INVALID_DATE'],
  ['date arithmetic past year 9999', () => outcome(() => addDays(d('9999-12-31'), 1)), 'throws INVALID_DATE'],
  ['a duration with a time part', () => outcome(() => parseDuration('PT12H')), 'throws INVALID_DURATION'],
  [
    'a recurring period of length zero',
    () =>
      outcome(() =>
        periodContaining({ kind: 'recurring', anchor: d('2018-01-01'), every: parseDuration('P0D') }, AT),
      ),
    'throws INVALID_PERIOD_RULE',
  ],
  [
    'a range ending before it starts',
    () => outcome(() => dateRange(d('2018-12-31'), d('2018-01-01'))),
    'throws INVALID_RANGE',
  ],
  [
    'a range ending before it starts (schema)',
    () => refusal(DateRangeSchema, { start: '2018-12-31', end: '2018-01-01' }),
    'zod end:INVALID_RANGE',
  ],
  [
    'a window ending before it starts',
    () => refusal(PeriodRuleSchema, { kind: 'window', start: '2018-12-31', end: '2018-01-01' }),
    'zod end:INVALID_RANGE',
  ],

  // quantity
  ['an exponent amount', () => outcome(() => quantity('5e5', 'barrel')), 'throws INVALID_AMOUNT'],
  [
    'a JSON-number amount',
    () => refusal(QuantitySchema, { amount: 500000, unit: 'barrel' }),
    'zod amount:invalid_type',
  ],
  ['a string negative zero', () => outcome(() => quantity('-0', 'barrel')), 'throws INVALID_AMOUNT'],
  ['a number negative zero', () => outcome(() => quantity(-0, 'barrel')), 'throws INVALID_AMOUNT'],
  ['NaN', () => outcome(() => quantity(Number.NaN, 'barrel')), 'throws INVALID_AMOUNT'],
  [
    'an amount with a thousands separator',
    () => refusal(QuantitySchema, { amount: '500,000', unit: 'barrel' }),
    'zod amount:INVALID_AMOUNT',
  ],
  [
    '21 integer digits',
    () => outcome(() => quantity('123456789012345678901', 'barrel')),
    'throws INVALID_AMOUNT',
  ],
  [
    'barrels added to tonnes',
    () => outcome(() => add(quantity('1', 'barrel'), quantity('1', 'tonne'))),
    'throws UNIT_MISMATCH',
  ],
  ['an unknown unit', () => outcome(() => quantity('1', 'gallon')), 'throws UNKNOWN_UNIT'],
  ['a __proto__ unit', () => outcome(() => quantity('1', '__proto__')), 'throws UNKNOWN_UNIT'],
  [
    'a constructor unit (schema)',
    () => refusal(QuantitySchema, { amount: '1', unit: 'constructor' }),
    'zod unit:UNKNOWN_UNIT',
  ],
  [
    'a conversion factor without source',
    () => refusal(ConversionFactorSchema, { from: 'tonne', to: 'barrel', multiplier: '7.33', source: '' }),
    'zod source:custom',
  ],
  [
    'a conversion factor of zero',
    () => refusal(ConversionFactorSchema, { from: 'tonne', to: 'barrel', multiplier: '0', source: 'x' }),
    'zod multiplier:INVALID_AMOUNT',
  ],
  [
    'a factor for another pair of units',
    () =>
      outcome(() =>
        convert(
          quantity('1', 'kilolitre'),
          'barrel',
          ConversionFactorSchema.parse({ from: 'tonne', to: 'barrel', multiplier: '7.33', source: 'x' }),
        ),
      ),
    'throws UNIT_MISMATCH',
  ],
  [
    'a quantity converted twice',
    () => {
      const factor = ConversionFactorSchema.parse({
        from: 'tonne',
        to: 'barrel',
        multiplier: '7.33',
        source: 'x',
      });
      const once = convert(quantity('1', 'tonne'), 'barrel', factor);
      return outcome(() => convert(once, 'barrel', factor));
    },
    'throws ALREADY_CONVERTED',
  ],
  [
    'a converted quantity without its factor',
    () =>
      refusal(QuantitySchema, { amount: '7.33', unit: 'barrel', reported: { amount: '1', unit: 'tonne' } }),
    'zod :custom',
  ],
  ['a sum of nothing without a unit', () => outcome(() => sum([])), 'throws EMPTY_SUM'],
  [
    'a ratio to zero',
    () => outcome(() => ratio(quantity('1', 'barrel'), quantity('0', 'barrel'))),
    'throws DIVISION_BY_ZERO',
  ],

  // issue 13: time, quantity and schemas
  [
    'addDays on a sloppy date',
    () => outcome(() => addDays('2018-1-1' as PlainDate, 1)),
    'throws INVALID_DATE',
  ],
  ['addDays on null', () => outcome(() => addDays(null as never, 1)), 'throws INVALID_DATE'],
  [
    'daysBetween of two words',
    () => outcome(() => daysBetween('x' as never, 'y' as never)),
    'throws INVALID_DATE',
  ],
  [
    'compareDates of a number',
    () => outcome(() => compareDates(20180101 as never, AT)),
    'throws INVALID_DATE',
  ],
  [
    'rangeContains on a range of words',
    () => outcome(() => rangeContains({ start: 'zz', end: 'zzz' } as never, 'zza' as never)),
    'throws INVALID_DATE',
  ],
  [
    'rangeContains on a range ending before it starts',
    () => outcome(() => rangeContains({ start: d('2018-12-31'), end: d('2018-01-01') }, AT)),
    'throws INVALID_RANGE',
  ],
  [
    'addDuration on an impossible date',
    () => outcome(() => addDuration('2018-02-30' as PlainDate, parseDuration('P1D'))),
    'throws INVALID_DATE',
  ],
  [
    'periodContaining of null',
    () => outcome(() => periodContaining(null as never, AT)),
    'throws INVALID_PERIOD_RULE',
  ],
  ['formatCitation of null', () => outcome(() => formatCitation(null as never)), 'throws INVALID_INPUT'],
  ['sum with a unit that is not a unit id', () => outcome(() => sum([], [] as never)), 'throws UNKNOWN_UNIT'],
  [
    'barrel redefined as a mass',
    () =>
      outcome(() => extendUnits(units, [{ id: 'barrel', name: 'barrel', symbol: 'bbl', dimension: 'mass' }])),
    'throws UNIT_REDEFINED',
  ],
  [
    'formatQuantity of a conversion with 40 decimals',
    () => {
      const factor = ConversionFactorSchema.parse({
        from: 'tonne',
        to: 'barrel',
        multiplier: '7.33333333333333333333',
        source: 'x',
      });
      return formatQuantity(convert(quantity('1000.12345678901234567891', 'tonne'), 'barrel', factor));
    },
    '7,334.2386831194238683086729218107032921810703 bbl',
  ],
  [
    'formatQuantity to -1 decimals',
    () => outcome(() => formatQuantity(quantity('1', 'barrel'), { maximumFractionDigits: -1 })),
    'throws INVALID_INPUT',
  ],
  [
    'formatQuantity in a locale that is not a locale',
    () => outcome(() => formatQuantity(quantity('1', 'barrel'), { locale: 'no such locale' })),
    'throws INVALID_INPUT',
  ],
  [
    'a ReliefPhase document without requires (ReliefPhase.json)',
    () => jsonSchemaVerdict('ReliefPhase', { id: 'x', title: 'x', actions: [] }),
    'JSON Schema refuses',
  ],
  [
    'a Snapback document without trigger (Snapback.json)',
    () => jsonSchemaVerdict('Snapback', { delay: 'P30D', restores: 'all' }),
    'JSON Schema refuses',
  ],
  [
    'a date with a trailing newline (PlainDate.json, read as Python does)',
    () => pythonReading('PlainDate', '2018-01-01\n'),
    'JSON Schema refuses',
  ],
  [
    'an amount with a trailing newline (DecimalString.json, read as Python does)',
    () => pythonReading('DecimalString', '9\n'),
    'JSON Schema refuses',
  ],
  [
    'an amount with an Arabic-Indic digit (DecimalString.json, read as Python does)',
    () => pythonReading('DecimalString', '8٥'),
    'JSON Schema refuses',
  ],
  [
    'a negative zero amount (DecimalString.json)',
    () => jsonSchemaVerdict('DecimalString', '-0'),
    'JSON Schema refuses',
  ],
  [
    'onOrAfter with an anchor and no plus (Condition.json)',
    () => jsonSchemaVerdict('Condition', { op: 'onOrAfter', anchor: '2018-01-01' }),
    'JSON Schema refuses',
  ],
  [
    'a reported quantity without its factor (Quantity.json)',
    () =>
      jsonSchemaVerdict('Quantity', {
        amount: '1',
        unit: 'barrel',
        reported: { amount: '1', unit: 'tonne' },
      }),
    'JSON Schema refuses',
  ],
  [
    'an order comparison on a string (Condition.json)',
    () => jsonSchemaVerdict('Condition', { op: 'compare', fact: 'status', cmp: 'lt', value: 'open' }),
    'JSON Schema refuses',
  ],

  // resolutions
  [
    'a resolution symbol without its number',
    () => refusal(ResolutionSchema, { ...resolutionBase, number: 2375 }),
    'zod symbol:custom',
  ],
  [
    'a resolution symbol without its year',
    () => refusal(ResolutionSchema, { ...resolutionBase, symbol: 'S/RES/2397' }),
    'zod symbol:invalid_format, symbol:custom',
  ],
  ['a cap with no limits', () => refusal(MeasureSchema, { ...measureBase, limits: [] }), 'zod limits:custom'],
  [
    'a measure ending before it starts',
    () => refusal(MeasureSchema, { ...measureBase, effective: { start: '2018-01-01', end: '2017-12-31' } }),
    'zod effective.end:INVALID_RANGE',
  ],
  [
    'a threshold above 100 %',
    () => refusal(MeasureSchema, { ...measureBase, thresholds: [{ fraction: '1.5', effect: 'notify' }] }),
    'zod thresholds.0.fraction:custom',
  ],
  [
    'a supersession without a replacement',
    () =>
      refusal(ChangeSchema, {
        paragraph: '1',
        target: 'x.a',
        type: 'supersede',
        effective: '2018-01-01',
        summary: 's',
        confidence: 'confirmed',
      }),
    'zod replacement:custom',
  ],
  [
    'a measure effective before its resolution',
    () => {
      const regime = withFirstResolution((r) => ({
        ...r,
        measures: r.measures.map((m, i) => (i === 0 ? { ...m, effective: { start: '1999-01-01' } } : m)),
      }));
      return `issue ${validateRegime(regime)
        .map((i) => i.code)
        .join(', ')}`;
    },
    'issue MEASURE_BEFORE_ADOPTION',
  ],
  [
    'a change of an unknown measure (validateRegime)',
    () => {
      const regime = withFirstResolution((r) => ({
        ...r,
        changes: [
          {
            paragraph: '9',
            target: 'x.nothing',
            type: 'terminate',
            effective: r.adopted,
            summary: 'end',
            confidence: 'confirmed',
          },
        ],
      }));
      return `issue ${validateRegime(regime)
        .map((i) => i.code)
        .join(', ')}`;
    },
    'issue UNKNOWN_CHANGE_TARGET',
  ],
  [
    'a change of an unknown measure (measuresInForce)',
    () => {
      const regime = withFirstResolution((r) => ({
        ...r,
        changes: [
          {
            paragraph: '9',
            target: 'x.nothing',
            type: 'terminate',
            effective: r.adopted,
            summary: 'end',
            confidence: 'confirmed',
          },
        ],
      }));
      return outcome(() => measuresInForce(regime, AT));
    },
    'throws INVALID_REGIME',
  ],
  [
    'two measures with one id',
    () => {
      const regime = withFirstResolution((r) => ({
        ...r,
        measures: [...r.measures, r.measures[0] as never],
      }));
      return `issue ${validateRegime(regime)
        .map((i) => i.code)
        .join(', ')}`;
    },
    'issue DUPLICATE_MEASURE_ID',
  ],
  [
    'a transfer of an unknown commodity',
    () =>
      outcome(() =>
        assessTransfer(RegimeSchema.parse(sampleInput), {
          commodity: 'uranium' as never,
          direction: 'to-target',
          on: AT,
        }),
      ),
    'throws INVALID_INPUT',
  ],
  [
    'measures in force on 31 September',
    () => outcome(() => measuresInForce(RegimeSchema.parse(sampleInput), '2018-09-31' as PlainDate)),
    'throws INVALID_DATE',
  ],
  [
    'a value that is not a regime',
    () => outcome(() => measuresInForce({} as Regime, AT)),
    'throws INVALID_REGIME',
  ],

  // caps
  [
    'a correction of a missing ledger entry',
    () => ledgerIssues(report([delivery('10', '2018-03-01', { id: 'fix', corrects: 'nowhere' })])),
    'issue fix:UNKNOWN_CORRECTION_TARGET',
  ],
  [
    'a retraction of a missing ledger entry',
    () => {
      const { quantity: _q, ...rest } = delivery('10', '2018-03-01', { id: 'undo', retracts: 'nowhere' });
      return ledgerIssues(report([rest as LedgerEntryInput]));
    },
    'issue undo:UNKNOWN_RETRACTION_TARGET',
  ],
  [
    'a correction on another basis',
    () =>
      ledgerIssues(
        report(
          [
            delivery('10', '2018-03-01', { id: 'a' }),
            delivery('12', '2018-03-01', { id: 'b', corrects: 'a', basis: 'alleged' }),
          ],
          { basis: ['reported', 'alleged'] },
        ),
      ),
    'issue b:BASIS_MISMATCH',
  ],
  [
    'duplicate ledger ids',
    () =>
      outcome(() =>
        report([delivery('1', '2018-03-01', { id: 'same' }), delivery('2', '2018-03-02', { id: 'same' })]),
      ),
    'throws DUPLICATE_ENTRY',
  ],
  [
    'a retraction with a quantity',
    () => refusal(LedgerEntrySchema, delivery('10', '2018-03-01', { id: 'r', retracts: 'a' })),
    'zod quantity:custom',
  ],
  [
    'a negative delivery',
    () => refusal(LedgerEntrySchema, delivery('-10', '2018-03-01', { id: 'n' })),
    'zod quantity:custom',
  ],
  [
    'an exponent amount in a raw ledger',
    () => outcome(() => report([delivery('5e5', '2018-03-01', { id: 'e' })])),
    'throws ZodError 0.quantity.amount:INVALID_AMOUNT',
  ],
  [
    'a delivery ending before it starts',
    () =>
      refusal(LedgerEntrySchema, delivery('1', '2018-03-01', { id: 't', deliveredThrough: '2018-02-01' })),
    'zod deliveredThrough:custom',
  ],
  [
    'an aggregate spanning periods',
    () => notCounted(report([delivery('10', '2018-12-01', { id: 'agg', deliveredThrough: '2019-01-31' })])),
    'not counted agg:spans-periods',
  ],
  [
    'tonnes without a conversion factor',
    () =>
      notCounted(
        report([delivery('10', '2018-03-01', { id: 't', quantity: { amount: '10', unit: 'tonne' } })])
          .periods[0] as PeriodReport,
      ),
    'not counted t:no-conversion',
  ],
  [
    'an entry for another cap',
    () => notCounted(report([delivery('1', '2018-03-01', { id: 'o', cap: 'other.cap' })])),
    'not counted o:other-cap',
  ],
  [
    'an entry reported after asOf',
    () =>
      notCounted(report([delivery('1', '2018-03-01', { id: 'late', reported: '2018-11-01' })], { asOf: AT })),
    'not counted late:reported-after-as-of',
  ],
  ['an empty basis list', () => outcome(() => report([], { basis: [] })), 'throws INVALID_INPUT'],
  [
    'a cap with no limits (capReport)',
    () => outcome(() => capReport({ ...cap, limits: [] } as unknown as QuantityCap, [])),
    'throws INVALID_INPUT',
  ],
  // issue 12: an aggregate that supersedes entries
  [
    'an aggregate that supersedes and corrects',
    () =>
      refusal(LedgerEntrySchema, delivery('10', '2018-03-01', { id: 's', supersedes: ['a'], corrects: 'b' })),
    'zod supersedes:custom',
  ],
  [
    'an aggregate that supersedes nothing',
    () => refusal(LedgerEntrySchema, delivery('10', '2018-03-01', { id: 's', supersedes: [] })),
    'zod supersedes:custom',
  ],
  [
    'an aggregate that supersedes one entry twice',
    () => refusal(LedgerEntrySchema, delivery('10', '2018-03-01', { id: 's', supersedes: ['a', 'a'] })),
    'zod supersedes:custom',
  ],
  [
    'an aggregate superseding a missing entry',
    () => ledgerIssues(report([delivery('10', '2018-03-01', { id: 's', supersedes: ['nowhere'] })])),
    'issue s:UNKNOWN_SUPERSEDED_TARGET',
  ],
  // issue 13: caps
  [
    'an entry that corrects itself',
    () => ledgerIssues(report([delivery('10', '2018-03-01', { id: 'a', corrects: 'a' })])),
    'issue a:CORRECTION_CYCLE',
  ],
  [
    'two entries that correct each other',
    () =>
      ledgerIssues(
        report([
          delivery('10', '2018-03-01', { id: 'a', corrects: 'b' }),
          delivery('12', '2018-03-01', { id: 'b', corrects: 'a' }),
        ]),
      ),
    'issue a:CORRECTION_CYCLE, b:CORRECTION_CYCLE',
  ],
  [
    'a thousands separator in row 4 of 5 (LedgerSchema)',
    () => zodMessages(() => LedgerSchema.parse(fiveRows)),
    `zod 3.quantity.amount:INVALID_AMOUNT: Ledger entry "row-4" (index 3): ${AMOUNT_MESSAGE}`,
  ],
  [
    'a thousands separator in row 4 of 5 (capReport)',
    () => zodMessages(() => report(fiveRows)),
    `zod 3.quantity.amount:INVALID_AMOUNT: Ledger entry "row-4" (index 3): ${AMOUNT_MESSAGE}`,
  ],
  [
    'a row with no id and a thousands separator (LedgerSchema)',
    () => zodMessages(() => LedgerSchema.parse([{ ...fiveRows[3], id: undefined }])),
    'zod 0.id:invalid_type: Ledger entry at index 0 (no id): Invalid input: expected string, received undefined, ' +
      `0.quantity.amount:INVALID_AMOUNT: Ledger entry at index 0 (no id): ${AMOUNT_MESSAGE}`,
  ],
  [
    'a yearly period holding 9999-06-01 (periodContaining)',
    () =>
      JSON.stringify(
        periodContaining(
          { kind: 'recurring', anchor: d('2018-01-01'), every: parseDuration('P1Y') },
          d('9999-06-01'),
        ),
      ),
    '{"start":"9999-01-01","end":"9999-12-31"}',
  ],
  [
    'a cap report as of 9999-12-30, with no entries',
    () => {
      const r = report([], { asOf: d('9999-12-30') });
      return `${r.periods.map((p) => `${p.period.start}..${p.period.end}`).join(', ')}; omitted ${r.omittedPeriods.map((p) => `${p.start}..${p.end}`).join(', ')}`;
    },
    '9999-01-01..9999-12-31; omitted 2018-01-01..9998-12-31',
  ],
  [
    'a phase that starts P9999Y after its condition (evaluatePlan)',
    () => {
      const plan = planWith({ phases: [{ ...phases[0], startsAfter: 'P9999Y' }, phases[1], phases[2]] });
      const result = evaluatePlan(plan, EvidenceSchema.parse(baseEvidence), { at: AT });
      return result.phases.map((p) => `${p.id}:${p.status}`).join(', ');
    },
    'adoption:pending, implementation:pending, transition:pending',
  ],
  [
    'a cap limit of zero',
    () => refusal(MeasureSchema, { ...measureBase, limits: [{ amount: '0', unit: 'barrel' }] }),
    'zod limits.0:NON_POSITIVE_LIMIT',
  ],
  [
    'a negative cap limit',
    () =>
      refusal(MeasureSchema, {
        ...measureBase,
        limits: [
          { amount: '100', unit: 'barrel' },
          { amount: '-5', unit: 'tonne' },
        ],
      }),
    'zod limits.1:NON_POSITIVE_LIMIT',
  ],
  [
    'a hand-built cap with a limit of zero (capReport)',
    () => outcome(() => capReport({ ...cap, limits: [quantity('0', 'barrel')] }, [])),
    'throws INVALID_INPUT',
  ],
  [
    'new cap limits of -5 barrels',
    () =>
      refusal(ReliefPlanSchema, {
        ...planInput,
        phases: [
          phases[0],
          {
            ...phases[1],
            actions: [
              { type: 'set-cap-limits', measure: 'x.oil.cap', limits: [{ amount: '-5', unit: 'barrel' }] },
            ],
          },
          phases[2],
        ],
      }),
    'zod phases.1.actions.0.limits.0:NON_POSITIVE_LIMIT',
  ],
  [
    'new cap limits in a unit the cap does not have',
    () => {
      const action = {
        type: 'set-cap-limits',
        measure: 'x.oil.cap',
        limits: [
          { amount: '50', unit: 'barrel' },
          { amount: '7', unit: 'tonne' },
        ],
      };
      const plan = planWith({ phases: [phases[0], { ...phases[1], actions: [action] }, phases[2]] });
      return `issue ${validatePlan(plan, reliefRegime)
        .map((i) => `${i.path.join('.')}:${i.code}: ${i.message}`)
        .join(', ')}`;
    },
    "issue phases.1.actions.0.limits.1.unit:LIMIT_UNIT_MISMATCH: x.oil.cap has no limit in tonne (its limits are in barrel): a new limit replaces one of the cap's own.",
  ],

  // conditions
  [
    'a cyclic ref',
    () =>
      outcome(() =>
        evaluate(
          { op: 'ref', name: 'a' },
          {},
          {
            at: AT,
            definitions: { a: { op: 'ref', name: 'b' }, b: { op: 'ref', name: 'a' } },
          },
        ),
      ),
    'throws CYCLIC_REFERENCE',
  ],
  [
    'an unknown ref',
    () => outcome(() => evaluate({ op: 'ref', name: 'nowhere' }, {}, { at: AT })),
    'throws UNKNOWN_REFERENCE',
  ],
  ['a too-deep condition (schema)', () => refusal(ConditionSchema, nest(300)), 'zod :CONDITION_TOO_DEEP'],
  [
    'a too-deep condition (evaluate)',
    () => outcome(() => evaluate(nest(300) as Condition, {}, { at: AT })),
    'throws CONDITION_TOO_DEEP',
  ],
  ['a maxDepth of zero', () => outcome(() => createConditionSchema({ maxDepth: 0 })), 'throws INVALID_INPUT'],
  [
    'an ordered comparison of strings',
    () => refusal(ConditionSchema, { op: 'compare', fact: 'status', cmp: 'lt', value: 'open' }),
    'zod cmp:TYPE_MISMATCH',
  ],
  [
    'onOrAfter with both a date and an anchor',
    () =>
      refusal(ConditionSchema, { op: 'onOrAfter', date: '2018-01-01', anchor: '2018-01-01', plus: 'P1M' }),
    'zod :custom',
  ],
  [
    'an observation without a source',
    () => refusal(EvidenceSchema, { facts: [{ fact: 'a', value: true, from: '2018-01-01', source: '' }] }),
    'zod facts.0.source:custom',
  ],
  [
    'an observation ending before it starts (raw evidence)',
    () =>
      outcome(() =>
        evaluate(
          { op: 'fact', fact: 'a' },
          { facts: [{ fact: 'a', value: true, from: d('2018-02-01'), until: d('2018-01-01'), source: 's' }] },
          { at: AT },
        ),
      ),
    'throws INVALID_RANGE',
  ],
  [
    'evaluation at an impossible date',
    () => outcome(() => evaluate({ op: 'fact', fact: 'a' }, {}, { at: '2018-02-30' as PlainDate })),
    'throws INVALID_DATE',
  ],
  [
    'truth over a range ending before it starts',
    () =>
      outcome(() => truthOver({ op: 'fact', fact: 'a' }, {}, { from: d('2019-01-01'), to: d('2018-01-01') })),
    'throws INVALID_RANGE',
  ],

  // relief
  [
    'a phase after an unknown phase',
    () => {
      const plan = planWith({ phases: [phases[0], { ...phases[1], after: ['nowhere'] }, phases[2]] });
      return `issue ${validatePlan(plan, reliefRegime)
        .map((i) => `${i.path.join('.')}:${i.code}`)
        .join(', ')}`;
    },
    'issue phases.1.after.0:UNKNOWN_PHASE',
  ],
  [
    'cyclic phases (validatePlan)',
    () => {
      const plan = planWith({ phases: [{ ...phases[0], after: ['implementation'] }, phases[1], phases[2]] });
      return `issue ${validatePlan(plan, reliefRegime)
        .map((i) => i.code)
        .join(', ')}`;
    },
    'issue PHASE_CYCLE',
  ],
  [
    'cyclic phases (evaluatePlan)',
    () => {
      const plan = planWith({ phases: [{ ...phases[0], after: ['implementation'] }, phases[1], phases[2]] });
      return outcome(() => evaluatePlan(plan, {}, { at: AT }));
    },
    'throws INVALID_PLAN',
  ],
  [
    'a plan for another regime (validatePlan)',
    () =>
      `issue ${validatePlan(planWith({ regime: 'dprk-1718' }), reliefRegime)
        .map((i) => i.code)
        .join(', ')}`,
    'issue REGIME_MISMATCH',
  ],
  [
    'a plan for another regime (measuresInForce)',
    () =>
      outcome(() =>
        measuresInForce(reliefRegime, AT, {
          relief: [{ plan: planWith({ regime: 'dprk-1718' }), evidence: {} }],
        }),
      ),
    'throws INVALID_INPUT',
  ],
  [
    'an action on an unknown measure',
    () => {
      const plan = planWith({
        phases: [phases[0], { ...phases[1], actions: [{ type: 'lift', measure: 'x.nothing' }] }, phases[2]],
      });
      return `issue ${validatePlan(plan, reliefRegime)
        .map((i) => i.code)
        .join(', ')}`;
    },
    'issue UNKNOWN_MEASURE',
  ],
  [
    'new cap limits for a measure that is not a cap',
    () => {
      const action = {
        type: 'set-cap-limits',
        measure: 'x.freeze',
        limits: [{ amount: '1', unit: 'barrel' }],
      };
      const plan = planWith({ phases: [phases[0], { ...phases[1], actions: [action] }, phases[2]] });
      return `issue ${validatePlan(plan, reliefRegime)
        .map((i) => i.code)
        .join(', ')}`;
    },
    'issue NOT_A_CAP',
  ],
  [
    'a ref with no definition in the plan',
    () => {
      const plan = planWith({
        phases: [phases[0], { ...phases[1], requires: { op: 'ref', name: 'ready' } }, phases[2]],
      });
      return `issue ${validatePlan(plan, reliefRegime)
        .map((i) => i.code)
        .join(', ')}`;
    },
    'issue UNDEFINED_REFERENCE',
  ],
  [
    'two phases with one id',
    () => refusal(ReliefPlanSchema, { ...planInput, phases: [phases[0], phases[0]] }),
    'zod phases:custom',
  ],
  [
    'a plan citing no source',
    () => refusal(ReliefPlanSchema, { ...planInput, sources: [] }),
    'zod sources:custom',
  ],

  // issue 13: conditions and relief
  [
    'an any with a count (raw)',
    () =>
      outcome(() =>
        evaluate({ op: 'any', of: [{ op: 'fact', fact: 'a' }], count: 2 } as Condition, {}, { at: AT }),
      ),
    'throws INVALID_INPUT',
  ],
  [
    'an any with a count (schema)',
    () => refusal(ConditionSchema, { op: 'any', of: [{ op: 'fact', fact: 'a' }], count: 2 }),
    'zod :unrecognized_keys',
  ],
  [
    'an own __proto__ key on a condition (raw, JSON.parse)',
    () =>
      outcome(() =>
        evaluate(JSON.parse('{"op":"fact","fact":"a","__proto__":{"x":1}}') as Condition, {}, { at: AT }),
      ),
    'throws INVALID_INPUT',
  ],
  [
    'a window with both last and start (raw)',
    () =>
      outcome(() =>
        evaluate(
          { op: 'occurred', event: 'e', within: { last: 'P1M', start: '2018-01-01' } } as never,
          {},
          { at: AT },
        ),
      ),
    'throws INVALID_INPUT',
  ],
  [
    'a window whose last is undefined, with start and end (raw)',
    () =>
      outcome(() =>
        evaluate(
          {
            op: 'occurred',
            event: 'e',
            within: { last: undefined, start: '2018-01-01', end: '2018-02-01' },
          } as never,
          {},
          { at: AT },
        ),
      ),
    'throws INVALID_INPUT',
  ],
  [
    'onOrAfter with both a date and an anchor (raw)',
    () =>
      outcome(() =>
        evaluate(
          { op: 'onOrAfter', date: '2018-01-01', anchor: '2018-01-01', plus: 'P1M' } as never,
          {},
          { at: AT },
        ),
      ),
    'throws INVALID_INPUT',
  ],
  [
    'a date value with another key (raw)',
    () =>
      outcome(() =>
        evaluate(
          { op: 'compare', fact: 'a', cmp: 'lt', value: { date: '2018-01-01', note: 'x' } } as never,
          {},
          { at: AT },
        ),
      ),
    'throws INVALID_INPUT',
  ],
  [
    'a quantity value in its JSON form, as the schema takes it (raw)',
    () =>
      outcome(() =>
        evaluate(
          { op: 'compare', fact: 'a', cmp: 'le', value: { amount: '5', unit: 'barrel' } } as never,
          {},
          { at: AT },
        ),
      ),
    'returns',
  ],
  [
    'a schema maxDepth above 512',
    () => outcome(() => createConditionSchema({ maxDepth: 2000 })),
    'throws INVALID_INPUT',
  ],
  [
    'a depth-1,000 all through the deepest schema',
    () => {
      let node: unknown = { op: 'fact', fact: 'a' };
      for (let i = 1; i < 1000; i += 1) node = { op: 'all', of: [node] };
      return refusal(createConditionSchema({ maxDepth: 512 }), node);
    },
    'zod :CONDITION_TOO_DEEP',
  ],
  [
    "a plan definition named __proto__ (JSON.parse'd): kept by the schema, used on both paths, no pollution",
    () => {
      const text = JSON.stringify({
        ...planInput,
        definitions: { a: { op: 'fact', fact: 'verified' } },
        phases: [{ ...phases[0], requires: { op: 'ref', name: '__proto__' } }],
      }).replace('"definitions":{"a"', '"definitions":{"__proto__"');
      const parsed = ReliefPlanSchema.parse(JSON.parse(text));
      const definitions = parsed.definitions as object;
      const status = (plan: unknown) => {
        let status = '';
        const result = outcome(() => {
          status = evaluatePlan(plan as never, {}, { at: AT }).phases[0]?.status ?? 'none';
        });
        return result === 'returns' ? status : result;
      };
      return [
        Object.keys(definitions).join(','),
        Object.getPrototypeOf(definitions) === Object.prototype,
        status(parsed),
        status(JSON.parse(text)),
        ({} as { fact?: unknown }).fact === undefined,
      ].join(' ');
    },
    '__proto__ true unknown unknown true',
  ],
  [
    'plan A lifts a measure and plan B reimposes it the same day, in either order',
    () => {
      const acting = (id: string, type: string) =>
        ReliefPlanSchema.parse({
          ...planInput,
          id,
          snapback: undefined,
          phases: [
            {
              id: 'now',
              title: 'now',
              requires: { op: 'onOrAfter', date: '2016-01-01' },
              actions: [{ type, measure: 'x.freeze' }],
            },
          ],
        });
      const a = { plan: acting('lifter', 'lift'), evidence: {} };
      const b = { plan: acting('reimposer', 'reimpose'), evidence: {} };
      const describe = (relief: (typeof a)[]) => {
        const after = measuresInForce(reliefRegime, d('2017-01-01'), { relief });
        const uncertain = after.uncertain.map(
          (u) => `${u.measure.id} (${u.by.map((by) => `${by.plan} ${by.action}`).join(', ')})`,
        );
        return `${after.inForce.length} in force, uncertain ${uncertain.join('; ') || 'none'}`;
      };
      return `[A, B]: ${describe([a, b])}; [B, A]: ${describe([b, a])}`;
    },
    '[A, B]: 2 in force, uncertain x.freeze (lifter lift, reimposer reimpose); [B, A]: 2 in force, uncertain x.freeze (lifter lift, reimposer reimpose)',
  ],
  ['readResolution: not XML', () => refusedDocument('S/RES/2633 (2022)'), 'throws INVALID_DOCUMENT not-xml'],
  [
    'readResolution: XML that is not Akoma Ntoso',
    () => refusedDocument('<resolution number="2633"/>'),
    'throws INVALID_DOCUMENT not-akoma-ntoso',
  ],
  [
    'readResolution: a draft resolution, not adopted',
    () => refusedDocument(akn(aknParagraph, 'draftResolution')),
    'throws INVALID_DOCUMENT not-a-resolution',
  ],
  [
    'readResolution: a resolution with no operative paragraph',
    () => refusedDocument(akn('<paragraph><subheading>Arms embargo</subheading></paragraph>')),
    'throws INVALID_DOCUMENT no-operative-paragraphs',
  ],
  [
    'readResolution: entity expansion (billion laughs)',
    () =>
      refusedDocument(
        `<!DOCTYPE a [<!ENTITY l "lol"><!ENTITY l1 "&l;&l;&l;&l;&l;&l;&l;&l;&l;&l;">]>${akn(aknParagraph.replace('Decides', '&l1;'))}`,
      ),
    'throws INVALID_DOCUMENT doctype',
  ],
  [
    'readResolution: a 50 MB document',
    () => refusedDocument(akn(`<!--${' '.repeat(50_000_000)}-->${aknParagraph}`)),
    'throws INVALID_DOCUMENT too-large',
  ],
  [
    'readResolution: not a string',
    () => outcome(() => readResolution(null as never)),
    'throws INVALID_INPUT',
  ],
];

describe('bad input: each named input gets its exact code, issue or reason', () => {
  it('has at least 40 named inputs', () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(40);
    expect(new Set(catalogue.map(([name]) => name)).size).toBe(catalogue.length);
  });

  it.each(catalogue)('%s', (_name, run, expected) => {
    expect(run()).toBe(expected);
  });
});
