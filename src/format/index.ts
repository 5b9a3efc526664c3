/**
 * Readable renderings of the library's results: plain text for terminals and reports, SVG charts for pages. Import
 * from `sanctions-regime/format`; the core never imports this entry.
 *
 * @module sanctions-regime/format
 */

export { type CapReportSvgOptions, capReportSvg } from './capReportSvg.js';
export { formatCapReport } from './formatCapReport.js';
export { formatExplanation } from './formatExplanation.js';
export { formatMeasures } from './formatMeasures.js';
export { formatPlanEvaluation } from './formatPlanEvaluation.js';
export { formatTimeline } from './formatTimeline.js';
export { formatTransfer } from './formatTransfer.js';
export type { FormatOptions } from './options.js';
export { type RegimeTimelineSvgOptions, regimeTimelineSvg } from './regimeTimelineSvg.js';
