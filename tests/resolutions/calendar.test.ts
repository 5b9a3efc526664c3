// regimeCalendar and mandates: the dated events of a regime (ends, renewals, lapses unless renewed, mandates,
// deadlines) in a range, each with the paragraph that set its date, in an order that does not depend on the input's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CalendarEvent,
  mandatesInForce,
  measuresInForce,
  parseDate,
  type Regime,
  RegimeSchema,
  regimeCalendar,
  validateRegime,
} from '../../src/index.js';
import { arbDate, codeOf } from '../helpers.js';
import { type RegimeInput, resolution } from './fixtures.js';

const d = parseDate;
const cite = (r: number, paragraph: string) => ({ resolution: r, paragraph });

/**
 * A panel created by 100 for a year and renewed by 200, then left to end (a gap) and re-established by 300; an arms
 * embargo with a one-year term renewed once by 200 and never again; a travel ban with no end, terminated by 300;
 * two report deadlines.
 */
const calendarInput: RegimeInput = {
  id: 'calendar',
  title: 'Calendar',
  target: 'XXA',
  committee: 'Committee',
  foundingResolution: 100,
  resolutions: [
    resolution(100, '2010-01-10', {
      measures: [
        {
          kind: 'arms-embargo',
          id: 'x.arms',
          direction: 'to-target',
          summary: 'Arms embargo',
          citations: [cite(100, '1')],
          effective: { start: '2010-01-10', end: '2011-01-09' },
          confidence: 'confirmed',
        },
        {
          kind: 'travel-ban',
          id: 'x.travel',
          summary: 'Travel ban',
          citations: [cite(100, '2')],
          effective: { start: '2010-01-10' },
          confidence: 'confirmed',
        },
      ],
      mandates: [
        {
          id: 'x.panel',
          kind: 'panel-of-experts',
          summary: 'Panel of Experts',
          citations: [cite(100, '3')],
          effective: { start: '2010-01-10', end: '2011-01-09' },
          confidence: 'confirmed',
        },
      ],
      deadlines: [
        {
          id: 'x.panel.report.2010',
          kind: 'report',
          due: '2010-07-01',
          by: 'Panel of Experts',
          summary: 'Interim report',
          citation: cite(100, '4'),
          confidence: 'confirmed',
        },
      ],
    }),
    resolution(200, '2011-01-05', {
      changes: [
        {
          paragraph: '1',
          target: 'x.arms',
          type: 'extend',
          effective: '2011-01-10',
          until: '2012-01-09',
          summary: 'Arms embargo renewed',
          confidence: 'confirmed',
        },
        {
          paragraph: '2',
          target: 'x.panel',
          type: 'extend',
          effective: '2011-01-10',
          until: '2012-01-09',
          summary: 'Panel renewed',
          confidence: 'unconfirmed',
          note: 'Paragraph number not confirmed.',
        },
      ],
      deadlines: [
        {
          id: 'x.panel.report.2011',
          kind: 'report',
          due: '2011-06-30',
          by: 'Panel of Experts',
          summary: 'Final report',
          citation: cite(200, '3'),
          confidence: 'confirmed',
        },
      ],
    }),
    resolution(300, '2012-06-01', {
      changes: [
        {
          paragraph: '1',
          target: 'x.panel',
          type: 'extend',
          effective: '2012-06-01',
          until: '2013-05-31',
          summary: 'Panel re-established',
          confidence: 'confirmed',
        },
        {
          paragraph: '2',
          target: 'x.travel',
          type: 'terminate',
          effective: '2012-07-01',
          summary: 'Travel ban ends',
          confidence: 'confirmed',
        },
      ],
    }),
  ],
};
const regime: Regime = RegimeSchema.parse(calendarInput);
const ALL = { from: '2000-01-01', to: '2100-12-31' };
/** Each event as [date, kind, id, resolution, paragraph]. */
const brief = (events: readonly CalendarEvent[]) =>
  events.map((e) => [
    e.date,
    e.kind,
    e.id,
    e.resolution,
    'paragraph' in e.citation ? e.citation.paragraph : e.citation.document,
  ]);

describe('regimeCalendar', () => {
  it('lists every dated event, by date then id then kind, each with the paragraph that set its date', () => {
    expect(brief(regimeCalendar(regime, ALL))).toEqual([
      ['2010-01-10', 'mandate-established', 'x.panel', 100, '3'],
      ['2010-07-01', 'deadline-due', 'x.panel.report.2010', 100, '4'],
      ['2011-01-05', 'measure-renewed', 'x.arms', 200, '1'],
      ['2011-01-05', 'mandate-renewed', 'x.panel', 200, '2'],
      ['2011-06-30', 'deadline-due', 'x.panel.report.2011', 200, '3'],
      ['2012-01-09', 'measure-lapses-unless-renewed', 'x.arms', 200, '1'],
      ['2012-01-09', 'mandate-ends', 'x.panel', 200, '2'],
      ['2012-06-01', 'mandate-renewed', 'x.panel', 300, '1'],
      ['2012-06-30', 'measure-ends', 'x.travel', 300, '2'],
      ['2013-05-31', 'mandate-lapses-unless-renewed', 'x.panel', 300, '1'],
    ]);
  });

  it('dates a renewal on the day the resolution was adopted, with the old and the new end', () => {
    const renewals = regimeCalendar(regime, ALL).filter(
      (e) => e.kind === 'measure-renewed' || e.kind === 'mandate-renewed',
    );
    expect(renewals.map((e) => [e.id, e.date, e.previousEnd, e.newEnd])).toEqual([
      ['x.arms', '2011-01-05', '2011-01-09', '2012-01-09'],
      ['x.panel', '2011-01-05', '2011-01-09', '2012-01-09'],
      ['x.panel', '2012-06-01', '2012-01-09', '2013-05-31'],
    ]);
  });

  it('marks the current end of a measure or mandate as lapsing unless renewed, and only the current one', () => {
    const lapses = regimeCalendar(regime, ALL).filter((e) => e.unlessRenewed === true);
    expect(lapses.map((e) => [e.kind, e.id, e.date])).toEqual([
      ['measure-lapses-unless-renewed', 'x.arms', '2012-01-09'],
      ['mandate-lapses-unless-renewed', 'x.panel', '2013-05-31'],
    ]);
    expect(lapses[0]?.summary).toBe('Lapses after 2012-01-09 unless the Council renews it.');
    const summaries = regimeCalendar(regime, { from: '2012-01-09', to: '2012-06-30' }).map((e) => e.summary);
    expect(summaries).toEqual([
      'Lapses after 2012-01-09 unless the Council renews it.',
      'Its term ended on 2012-01-09; it was renewed only later, after a gap.',
      'Panel re-established',
      'Travel ban ends',
    ]);
    // A term that ended and was later renewed after a gap ended; it is not "lapsing" any more.
    expect(regimeCalendar(regime, { from: '2012-01-09', to: '2012-01-09' }).map((e) => e.kind)).toEqual([
      'measure-lapses-unless-renewed',
      'mandate-ends',
    ]);
  });

  it('carries the confidence of the fact behind each event, and who must act on a deadline', () => {
    const events = regimeCalendar(regime, { from: '2011-01-05', to: '2011-06-30' });
    expect(events.map((e) => [e.id, e.confidence, e.by])).toEqual([
      ['x.arms', 'confirmed', undefined],
      ['x.panel', 'unconfirmed', undefined],
      ['x.panel.report.2011', 'confirmed', 'Panel of Experts'],
    ]);
  });

  it('keeps only the events in the range, both ends included', () => {
    expect(brief(regimeCalendar(regime, { from: d('2011-01-05'), to: d('2011-06-30') }))).toEqual([
      ['2011-01-05', 'measure-renewed', 'x.arms', 200, '1'],
      ['2011-01-05', 'mandate-renewed', 'x.panel', 200, '2'],
      ['2011-06-30', 'deadline-due', 'x.panel.report.2011', 200, '3'],
    ]);
    expect(regimeCalendar(regime, { from: '2011-01-06', to: '2011-06-29' })).toEqual([]);
  });

  it('says nothing of a measure superseded before it took effect', () => {
    const superseded = RegimeSchema.parse({
      ...calendarInput,
      resolutions: [
        ...calendarInput.resolutions,
        resolution(400, '2012-07-01', {
          measures: [
            {
              kind: 'travel-ban',
              id: 'x.later',
              summary: 'Later',
              citations: [cite(400, '1')],
              effective: { start: '2013-01-01', end: '2013-12-31' },
              confidence: 'confirmed',
            },
            {
              kind: 'travel-ban',
              id: 'x.later.2',
              summary: 'Later, amended',
              citations: [cite(400, '2')],
              effective: { start: '2012-12-01', end: '2014-12-31' },
              confidence: 'confirmed',
            },
          ],
          changes: [
            {
              paragraph: '2',
              target: 'x.later',
              type: 'amend',
              replacement: 'x.later.2',
              effective: '2012-12-01',
              summary: 'Amended before it applies',
              confidence: 'confirmed',
            },
          ],
        }),
      ],
    });
    expect(regimeCalendar(superseded, ALL).filter((e) => e.id.startsWith('x.later'))).toEqual([
      expect.objectContaining({ kind: 'measure-lapses-unless-renewed', id: 'x.later.2', date: '2014-12-31' }),
    ]);
  });

  it('returns frozen events and leaves the regime as it was', () => {
    const input = structuredClone(calendarInput);
    const mutable = RegimeSchema.parse(input);
    const events = regimeCalendar(mutable, ALL);
    expect(Object.isFrozen(events)).toBe(true);
    expect(events.every((e) => Object.isFrozen(e) && Object.isFrozen(e.citation))).toBe(true);
    expect(input).toEqual(calendarInput);
  });

  it('refuses a range that ends before it starts, a bad date, missing options and what is not a regime', () => {
    expect(codeOf(() => regimeCalendar(regime, { from: '2012-01-02', to: '2012-01-01' }))).toBe(
      'INVALID_RANGE',
    );
    expect(codeOf(() => regimeCalendar(regime, { from: '2012-02-30', to: '2012-03-01' }))).toBe(
      'INVALID_DATE',
    );
    expect(codeOf(() => regimeCalendar(regime, { from: '2012-01-01' } as never))).toBe('INVALID_DATE');
    expect(codeOf(() => regimeCalendar(regime, undefined as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => regimeCalendar(regime, 'soon' as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => regimeCalendar({ id: 'x' } as never, ALL))).toBe('INVALID_REGIME');
    expect(codeOf(() => regimeCalendar(null as never, ALL))).toBe('INVALID_REGIME');
    const broken = structuredClone(calendarInput) as { resolutions: { mandates?: unknown }[] };
    (broken.resolutions[0] as { mandates?: unknown }).mandates = 'panel';
    expect(codeOf(() => regimeCalendar(broken as never, ALL))).toBe('INVALID_REGIME');
  });
});

describe('mandates', () => {
  it('are never measures in force', () => {
    expect(measuresInForce(regime, '2010-06-01').map((m) => m.measure.id)).toEqual(['x.arms', 'x.travel']);
  });

  it('are in force through their renewals, not in a gap between terms', () => {
    const on = (day: string) => mandatesInForce(regime, day).map((m) => [m.mandate.id, m.since, m.until]);
    expect(on('2011-06-01')).toEqual([['x.panel', '2010-01-10', '2012-01-09']]);
    expect(on('2012-03-01')).toEqual([]);
    expect(on('2013-01-01')).toEqual([['x.panel', '2012-06-01', '2013-05-31']]);
    expect(mandatesInForce(regime, '2013-01-01')[0]?.citations).toEqual([
      cite(100, '3'),
      cite(200, '2'),
      cite(300, '1'),
    ]);
    expect(codeOf(() => mandatesInForce(regime, '2013-13-01'))).toBe('INVALID_DATE');
  });

  it('validateRegime accepts changes of mandates and rejects what targets nothing, or crosses kinds', () => {
    expect(validateRegime(regime)).toEqual([]);
    const withExtra = (extra: Parameters<typeof resolution>[2]) =>
      RegimeSchema.parse({
        ...calendarInput,
        resolutions: [...calendarInput.resolutions, resolution(400, '2013-01-01', extra)],
      });
    const codes = (r: Regime) => validateRegime(r).map((i) => [i.code, i.path.join('.')]);
    const change = {
      type: 'extend',
      effective: '2013-01-01',
      summary: 's',
      confidence: 'confirmed',
    } as const;
    expect(codes(withExtra({ changes: [{ ...change, paragraph: '1', target: 'x.nothing' }] }))).toEqual([
      ['UNKNOWN_CHANGE_TARGET', 'resolutions.3.changes.0.target'],
    ]);
    const panel2 = {
      id: 'x.panel.2',
      kind: 'panel-of-experts' as const,
      summary: 'New panel',
      citations: [cite(400, '2')],
      effective: { start: '2013-01-01' },
      confidence: 'confirmed' as const,
    };
    expect(
      codes(
        withExtra({
          mandates: [panel2],
          changes: [
            { ...change, type: 'supersede', paragraph: '2', target: 'x.travel', replacement: 'x.panel.2' },
          ],
        }),
      ),
    ).toEqual([['UNKNOWN_REPLACEMENT', 'resolutions.3.changes.0.replacement']]);
    expect(
      codes(
        withExtra({
          mandates: [panel2],
          changes: [
            { ...change, type: 'supersede', paragraph: '2', target: 'x.panel', replacement: 'x.panel.2' },
          ],
        }),
      ),
    ).toEqual([]);
    expect(codes(withExtra({ mandates: [{ ...panel2, id: 'x.arms' }] }))).toEqual([
      ['DUPLICATE_MEASURE_ID', 'resolutions.3.mandates.0.id'],
    ]);
    const report = calendarInput.resolutions[0]?.deadlines?.[0];
    expect(codes(withExtra({ deadlines: [report as never, { ...report, id: 'x.early' } as never] }))).toEqual(
      [
        ['DUPLICATE_DEADLINE_ID', 'resolutions.3.deadlines.0.id'],
        ['DEADLINE_BEFORE_ADOPTION', 'resolutions.3.deadlines.0.due'],
        ['DEADLINE_BEFORE_ADOPTION', 'resolutions.3.deadlines.1.due'],
      ],
    );
  });
});

describe('regimeCalendar, properties', () => {
  /** A random regime: resolution i creates a measure or a mandate and a deadline, and may renew an earlier one. */
  const arbRegime = fc
    .array(
      fc.record({
        gap: fc.integer({ min: 1, max: 400 }),
        mandate: fc.boolean(),
        term: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
        due: fc.integer({ min: 0, max: 300 }),
        renews: fc.option(fc.nat(), { nil: undefined }),
        until: fc.integer({ min: -30, max: 600 }),
        ends: fc.boolean(),
      }),
      { minLength: 1, maxLength: 8 },
    )
    .map((steps) => {
      let day = d('2010-01-01');
      const plus = (date: string, n: number) => {
        const t = new Date(`${date}T00:00:00Z`);
        t.setUTCDate(t.getUTCDate() + n);
        return t.toISOString().slice(0, 10);
      };
      const resolutions = steps.map((step, i) => {
        day = d(plus(day, step.gap));
        const number = 100 + i;
        const item = {
          id: `x.item-${i}`,
          summary: `Item ${i}`,
          citations: [cite(number, '1')],
          effective: step.term === undefined ? { start: day } : { start: day, end: plus(day, step.term) },
          confidence: 'confirmed' as const,
        };
        const target = step.renews === undefined || i === 0 ? undefined : `x.item-${step.renews % i}`;
        const changes =
          target === undefined
            ? []
            : [
                step.ends
                  ? {
                      paragraph: '3',
                      target,
                      type: 'terminate' as const,
                      effective: plus(day, 10),
                      summary: 'ends',
                      confidence: 'confirmed' as const,
                    }
                  : {
                      paragraph: '3',
                      target,
                      type: 'extend' as const,
                      effective: day,
                      until: plus(day, Math.max(0, step.until)),
                      summary: 'renewed',
                      confidence: 'confirmed' as const,
                    },
              ];
        return resolution(number, day, {
          measures: step.mandate ? [] : [{ ...item, kind: 'travel-ban' }],
          mandates: step.mandate ? [{ ...item, kind: 'panel-of-experts' }] : [],
          deadlines: [
            {
              id: `x.deadline-${i}`,
              kind: 'report',
              due: plus(day, step.due),
              by: 'Committee',
              summary: 'Report',
              citation: cite(number, '2'),
              confidence: 'confirmed',
            },
          ],
          changes,
        });
      });
      return { ...calendarInput, resolutions } as RegimeInput;
    });

  const shuffled = <T>(items: readonly T[]) =>
    fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });

  it('does not depend on the order of resolutions, measures, mandates or deadlines in the input', () => {
    fc.assert(
      fc.property(
        arbRegime.chain((input) =>
          fc.tuple(
            fc.constant(input),
            shuffled(input.resolutions).chain((rs) =>
              fc.tuple(
                ...rs.map((r) =>
                  fc
                    .tuple(shuffled(r.measures), shuffled(r.mandates ?? []), shuffled(r.deadlines ?? []))
                    .map(([measures, mandates, deadlines]) => ({ ...r, measures, mandates, deadlines })),
                ),
              ),
            ),
          ),
        ),
        arbDate('2009-01-01', '2020-12-31'),
        arbDate('2009-01-01', '2020-12-31'),
        ([input, reordered], a, b) => {
          const range = a <= b ? { from: a, to: b } : { from: b, to: a };
          const one = regimeCalendar(RegimeSchema.parse(input), range);
          const other = regimeCalendar(RegimeSchema.parse({ ...input, resolutions: reordered }), range);
          expect(other).toEqual(one);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('gives only dates in [from, to], in order', () => {
    fc.assert(
      fc.property(
        arbRegime,
        arbDate('2009-01-01', '2020-12-31'),
        arbDate('2009-01-01', '2020-12-31'),
        (input, a, b) => {
          const [from, to] = a <= b ? [a, b] : [b, a];
          const events = regimeCalendar(RegimeSchema.parse(input), { from, to });
          for (const e of events) {
            expect(e.date >= from && e.date <= to).toBe(true);
          }
          expect(events.map((e) => e.date)).toEqual(events.map((e) => e.date).sort());
        },
      ),
      { numRuns: 150 },
    );
  });
});
