import type { TransferAssessment, TransferVerdict } from '../resolutions/assessTransfer.js';
import { measureLine } from './formatMeasures.js';
import { checkObject, checkOptions, type FormatOptions } from './options.js';
import { citationChain, citationList, formatCount, Lines } from './text.js';

const VERDICTS: Record<TransferVerdict, string> = {
  prohibited: 'prohibited: a ban applies',
  capped: 'capped: allowed only within a quantity cap',
  'permitted-with-conditions': "permitted with conditions: allowed when the measure's conditions hold",
  'not-covered': 'not covered: the regime says nothing about it (which is not a permission)',
};

/**
 * Formats the assessment of a transfer: the verdict in words, then each measure that covers the transfer with the
 * chain of citations it rests on, then the whole basis.
 *
 * @param assessment - the result of `assessTransfer`.
 * @param options - `locale` and `width`; see {@link FormatOptions}.
 * @returns plain text, lines wrapped to the width, without a final newline.
 * @throws {@link sanctions-regime!SanctionsRegimeError | SanctionsRegimeError} `INVALID_INPUT` for bad options or when `assessment` is not an assessment.
 * @example
 * ```ts
 * import { assessTransfer } from 'sanctions-regime';
 * import { dprk1718 } from 'sanctions-regime/data';
 * import { formatTransfer } from 'sanctions-regime/format';
 * const text = formatTransfer(
 *   assessTransfer(dprk1718, { commodity: 'refined-petroleum', direction: 'to-target', on: '2018-09-27' }),
 * );
 * text.split('\n')[0]; //=> 'Verdict: capped: allowed only within a quantity cap'
 * text.split('\n').at(-1); //=> 'Basis: res. 2375 para 14; res. 2397 para 5'
 * ```
 * @category Format
 */
export function formatTransfer(assessment: TransferAssessment, options?: FormatOptions): string {
  const fn = 'formatTransfer';
  const checked = checkOptions(fn, options);
  checkObject(fn, 'assessment', assessment, 'the result of assessTransfer', ['measures', 'citations']);
  const { locale } = checked;
  const out = new Lines(checked);
  out.add(0, `Verdict: ${VERDICTS[assessment.verdict] ?? assessment.verdict}`, 2);
  if (assessment.measures.length === 0) {
    out.add(0, 'No measure in force covers this transfer.', 2);
    return out.toString();
  }
  out.add(0, `Measures that cover it: ${formatCount(assessment.measures.length, locale)}`, 2);
  for (const { measure, citations, until } of assessment.measures) {
    out.add(2, `${measure.kind}: ${measureLine(measure, locale, until)}`, 4);
    out.add(6, citationChain(citations), 8);
  }
  out.add(
    0,
    `Basis: ${assessment.citations.length === 0 ? 'none cited' : citationList(assessment.citations)}`,
    2,
  );
  return out.toString();
}
