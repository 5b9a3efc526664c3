import { formatQuantity } from '../quantity/formatQuantity.js';
import type { MeasuresAfterRelief, ReliefEffect } from '../relief/measuresInForce.js';
import type { Measure } from '../resolutions/measure.js';
import type { InForce } from '../resolutions/measuresInForce.js';
import { checkObject, checkOptions, type FormatOptions } from './options.js';
import { citationChain, formatCount, formatDecimal, Lines } from './text.js';

/** `[unconfirmed]` after what no source confirmed. */
export function mark(confidence: string | undefined): string {
  return confidence === 'unconfirmed' ? ' [unconfirmed]' : '';
}

/** A measure's id, its cap limits and thresholds, its end, and whether it is unconfirmed. */
export function measureLine(measure: Measure, locale: string, until?: string): string {
  let detail = '';
  if (measure.kind === 'quantity-cap') {
    const limits = measure.limits.map((l) => formatQuantity(l, { locale })).join(' or ');
    const thresholds =
      measure.thresholds.length === 0
        ? ''
        : `; thresholds ${measure.thresholds
            .map(
              (t) =>
                `${formatDecimal(t.fraction.times(100).toFixed(), locale)} % ${t.effect}${mark(t.confidence)}`,
            )
            .join(', ')}`;
    detail = ` — limit ${limits}${thresholds}`;
  }
  const end = until === undefined ? '' : ` (until ${until})`;
  return `${measure.id}${detail}${end}${mark(measure.confidence)}`;
}

function effectText(e: ReliefEffect): string {
  return `${e.action} by plan ${e.plan}, phase ${e.phase}, since ${e.since}`;
}

function isAfterRelief(value: unknown): value is MeasuresAfterRelief {
  return !Array.isArray(value) && typeof value === 'object' && value !== null && 'relieved' in value;
}

/**
 * Formats measures in force, grouped by kind in the order the regime creates them: each measure's id (with a cap's
 * limits and thresholds), and below it the chain of citations it rests on, oldest first. Unconfirmed facts are marked
 * `[unconfirmed]`. Given the result of `measuresInForce` with relief, it also lists the relief that shaped each
 * measure, the measures relieved and the measures whose fate is uncertain.
 *
 * @param inForce - the result of `measuresInForce`, with or without relief.
 * @param options - `locale` (numbers) and `width` (wrapping); see {@link FormatOptions}.
 * @returns plain text, lines wrapped to the width, without a final newline.
 * @throws {@link sanctions-regime!SanctionsRegimeError | SanctionsRegimeError} `INVALID_INPUT` for bad options or when `inForce` is not such a result.
 * @example
 * ```ts
 * import { measuresInForce, parseDate } from 'sanctions-regime';
 * import { dprk1718 } from 'sanctions-regime/data';
 * import { formatMeasures } from 'sanctions-regime/format';
 * const text = formatMeasures(measuresInForce(dprk1718, parseDate('2018-09-27')));
 * text.split('\n').slice(0, 3); //=> ['asset-freeze (2)', '  dprk.asset-freeze', '      res. 1718 para 8(d)']
 * text.includes('dprk.refined-petroleum.cap — limit 500,000 bbl'); //=> true
 * ```
 * @category Format
 */
export function formatMeasures(
  inForce: readonly InForce[] | MeasuresAfterRelief,
  options?: FormatOptions,
): string {
  const fn = 'formatMeasures';
  const checked = checkOptions(fn, options);
  checkObject(fn, 'inForce', inForce, 'the result of measuresInForce');
  const { locale } = checked;
  const out = new Lines(checked);
  const after = isAfterRelief(inForce) ? inForce : undefined;
  const list: readonly (InForce & { relief?: readonly ReliefEffect[] })[] =
    after?.inForce ?? (inForce as readonly InForce[]);
  if (after !== undefined)
    checkObject(fn, 'inForce', inForce, 'the result of measuresInForce', [
      'inForce',
      'relieved',
      'uncertain',
    ]);
  else if (!Array.isArray(list)) checkObject(fn, 'inForce', undefined, 'the result of measuresInForce');
  if (list.length === 0) out.add(0, 'No measure in force.');
  const byKind = new Map<string, (InForce & { relief?: readonly ReliefEffect[] })[]>();
  for (const entry of list) {
    const group = byKind.get(entry.measure.kind);
    if (group === undefined) byKind.set(entry.measure.kind, [entry]);
    else group.push(entry);
  }
  let first = true;
  for (const [kind, entries] of byKind) {
    if (!first) out.blank();
    first = false;
    out.add(0, `${kind} (${formatCount(entries.length, locale)})`);
    for (const { measure, citations, until, relief } of entries) {
      out.add(2, measureLine(measure, locale, until), 4);
      out.add(6, citationChain(citations), 8);
      for (const effect of relief ?? []) out.add(6, `relief: ${effectText(effect)}`, 8);
    }
  }
  if (after !== undefined) {
    if (after.relieved.length > 0) {
      out.blank().add(0, `relieved (${formatCount(after.relieved.length, locale)})`);
      for (const { measure, citations, by } of after.relieved) {
        out.add(2, measureLine(measure, locale), 4);
        out.add(6, citationChain(citations), 8);
        out.add(6, `${effectText(by)}`, 8);
      }
    }
    if (after.uncertain.length > 0) {
      out
        .blank()
        .add(
          0,
          `uncertain (${formatCount(after.uncertain.length, locale)}): a phase of unknown status would change them`,
        );
      for (const { measure, citations, inForceWithoutRelief, by } of after.uncertain) {
        out.add(2, measureLine(measure, locale), 4);
        out.add(6, citationChain(citations), 8);
        out.add(
          6,
          `in force without relief: ${inForceWithoutRelief ? 'yes' : 'no'}; would ${by.map((b) => `${b.action} (plan ${b.plan}, phase ${b.phase})`).join(', ')}`,
          8,
        );
      }
    }
  }
  return out.toString();
}
