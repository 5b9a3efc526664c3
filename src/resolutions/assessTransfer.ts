import * as z from 'zod';
import { SanctionsRegimeError } from '../errors.js';
import type { DateArg } from '../time/plainDate.js';
import type { Citation } from './citation.js';
import { type CommodityId, CommodityIdSchema, commodityLineage } from './commodities.js';
import type { Measure } from './measure.js';
import { checkDate, type InForce, measuresInForce } from './measuresInForce.js';
import type { Regime } from './regime.js';

/**
 * What {@link assessTransfer} is asked about.
 *
 * @category Resolutions
 */
export interface TransferQuery {
  /** The commodity. */
  readonly commodity: CommodityId;
  /** `to-target`: supply to the target State; `from-target`: procurement from it. */
  readonly direction: 'to-target' | 'from-target';
  /** The day of the transfer. */
  readonly on: DateArg;
}

/**
 * The verdict on a transfer: `prohibited` (a ban applies), `capped` (allowed within a quantity cap),
 * `permitted-with-conditions` (allowed when the measure's conditions hold) or `not-covered` (the regime says
 * nothing; the library never claims a permission it cannot cite).
 * @category Resolutions
 */
export type TransferVerdict = 'prohibited' | 'capped' | 'permitted-with-conditions' | 'not-covered';

/**
 * The result of {@link assessTransfer}.
 *
 * @category Resolutions
 */
export interface TransferAssessment {
  /** The verdict, from the strictest measure that applies. */
  readonly verdict: TransferVerdict;
  /** Every measure in force that covers the transfer. */
  readonly measures: readonly InForce[];
  /** The citations those measures rest on, measure by measure, without repeats. */
  readonly citations: readonly Citation[];
}

const RANK: Record<TransferVerdict, number> = {
  'not-covered': 0,
  'permitted-with-conditions': 1,
  capped: 2,
  prohibited: 3,
};

function verdictOf(
  measure: Measure,
  lineage: readonly CommodityId[],
  direction: TransferQuery['direction'],
): TransferVerdict | undefined {
  switch (measure.kind) {
    case 'trade-ban':
      if (!lineage.includes(measure.commodity) || measure.direction !== direction) return undefined;
      return measure.mode === 'conditional' ? 'permitted-with-conditions' : 'prohibited';
    case 'quantity-cap':
      return lineage.includes(measure.commodity) && measure.direction === direction ? 'capped' : undefined;
    case 'arms-embargo':
      return lineage.includes('arms') && (measure.direction === 'both' || measure.direction === direction)
        ? 'prohibited'
        : undefined;
    case 'luxury-goods-ban':
      return lineage.includes('luxury-goods') && direction === 'to-target' ? 'prohibited' : undefined;
    default:
      return undefined;
  }
}

const QuerySchema = z.object({
  commodity: CommodityIdSchema,
  direction: z.enum(['to-target', 'from-target']),
});

/**
 * Says whether a regime prohibits, caps or conditions a transfer of a commodity on a day, and on which measures and
 * paragraphs. Measures on a broader commodity apply to a narrower one (the refined-petroleum cap covers aviation
 * fuel); the strictest verdict wins.
 *
 * @param regime - the regime.
 * @param query - `{ commodity, direction, on }`.
 * @returns the verdict, the measures in force that cover the transfer and their citations.
 * @throws {@link SanctionsRegimeError} `INVALID_INPUT` for an unknown commodity or direction; `INVALID_DATE` for a
 * bad date.
 * @example
 * ```ts
 * import { assessTransfer, parseDate } from 'sanctions-regime';
 * import { dprk1718 } from 'sanctions-regime/data';
 * assessTransfer(dprk1718, { commodity: 'refined-petroleum', direction: 'to-target', on: parseDate('2018-09-27') }).verdict; //=> 'capped'
 * assessTransfer(dprk1718, { commodity: 'coal', direction: 'from-target', on: parseDate('2018-09-27') }).verdict; //=> 'prohibited'
 * ```
 * @category Resolutions
 */
export function assessTransfer(regime: Regime, query: TransferQuery): TransferAssessment {
  const parsed = QuerySchema.safeParse(query);
  if (!parsed.success) {
    throw new SanctionsRegimeError(
      'INVALID_INPUT',
      `assessTransfer needs a known commodity and a direction ("to-target" or "from-target"): ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      {},
    );
  }
  const on = checkDate(query.on);
  const lineage = commodityLineage(parsed.data.commodity);
  let verdict: TransferVerdict = 'not-covered';
  const measures: InForce[] = [];
  for (const entry of measuresInForce(regime, on)) {
    const v = verdictOf(entry.measure, lineage, parsed.data.direction);
    if (v === undefined) continue;
    measures.push(entry);
    if (RANK[v] > RANK[verdict]) verdict = v;
  }
  const seen = new Set<string>();
  const citations: Citation[] = [];
  for (const entry of measures) {
    for (const c of entry.citations) {
      const key = JSON.stringify(c);
      if (!seen.has(key)) {
        seen.add(key);
        citations.push(c);
      }
    }
  }
  return Object.freeze({ verdict, measures: Object.freeze(measures), citations: Object.freeze(citations) });
}
