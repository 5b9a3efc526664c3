// The resolutions functions read a regime, not the order it was written in: each bundled regime, its resolutions,
// changes and deadlines shuffled, gives deep-equal measures in force, changes, mandates and transfer assessments on
// any day (a property over random orders and days): results follow the resolutions' adoption. Within one resolution,
// measures and mandates are listed in the order the resolution states them, as the functions document ("in the order
// the regime creates them"); shuffled, they give the same measures, changes and mandates in that other order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dprk1718Input, iran2231Input, southSudan2206Input } from '../../src/data/index.js';
import {
  assessTransfer,
  mandatesInForce,
  measuresInForce,
  RegimeSchema,
  regimeChanges,
} from '../../src/index.js';
import { arbDate } from '../helpers.js';
import type { RegimeInput } from './fixtures.js';

const shuffled = <T>(items: readonly T[] | undefined) =>
  fc.shuffledSubarray([...(items ?? [])], { minLength: items?.length ?? 0, maxLength: items?.length ?? 0 });

const reordered = (input: RegimeInput, withinToo = false) =>
  shuffled(input.resolutions).chain((resolutions) =>
    fc.tuple(
      ...resolutions.map((r) =>
        fc
          .tuple(
            withinToo ? shuffled(r.measures) : fc.constant(r.measures),
            shuffled(r.changes),
            withinToo ? shuffled(r.mandates) : fc.constant(r.mandates ?? []),
            shuffled(r.deadlines),
          )
          .map(([measures, changes, mandates, deadlines]) => ({
            ...r,
            measures,
            changes,
            ...(r.mandates === undefined ? {} : { mandates }),
            ...(r.deadlines === undefined ? {} : { deadlines }),
          })),
      ),
    ),
  );

describe.each([
  ['dprk-1718', dprk1718Input],
  ['iran-2231', iran2231Input],
  ['ssd-2206', southSudan2206Input],
] as const)('the %s regime, its input reordered', (_id, input) => {
  it('gives the same measures, changes, mandates and assessments on any day (property)', () => {
    const regime = RegimeSchema.parse(input);
    fc.assert(
      fc.property(
        reordered(input as RegimeInput),
        arbDate('2005-01-01', '2026-12-31'),
        (resolutions, day) => {
          const other = RegimeSchema.parse({ ...input, resolutions });
          expect(measuresInForce(other, day)).toEqual(measuresInForce(regime, day));
          expect(mandatesInForce(other, day)).toEqual(mandatesInForce(regime, day));
          expect(regimeChanges(other)).toEqual(regimeChanges(regime));
          const query = { commodity: 'arms', direction: 'to-target', on: day } as const;
          expect(assessTransfer(other, query)).toEqual(assessTransfer(regime, query));
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);

  it('gives the same measures, changes and mandates in another order when a resolution lists them in another (property)', () => {
    const regime = RegimeSchema.parse(input);
    const ids = (list: readonly { measure: { id: string } }[]) => list.map((m) => m.measure.id).sort();
    const key = (e: { date: string; type: string; measureId: string }) =>
      `${e.date} ${e.type} ${e.measureId}`;
    fc.assert(
      fc.property(
        reordered(input as RegimeInput, true),
        arbDate('2005-01-01', '2026-12-31'),
        (resolutions, day) => {
          const other = RegimeSchema.parse({ ...input, resolutions });
          expect(ids(measuresInForce(other, day))).toEqual(ids(measuresInForce(regime, day)));
          expect(
            mandatesInForce(other, day)
              .map((m) => m.mandate.id)
              .sort(),
          ).toEqual(
            mandatesInForce(regime, day)
              .map((m) => m.mandate.id)
              .sort(),
          );
          expect(regimeChanges(other).map(key).sort()).toEqual(regimeChanges(regime).map(key).sort());
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
