// `npm run demo`: the library's story on the bundled data, for 27 September 2018, the day the Security Council met
// on North Korea (AFP, "China, Russia call at UN for easing of N.Korea sanctions", 27 September 2018). The text comes
// from the formatters of `sanctions-regime/format`; this file only chooses what to show and in which order.
import {
  dprk1718,
  dprkEvidence,
  dprkPositions,
  iran2231,
  jcpoaEvidence,
  jcpoaPlan,
  refinedPetroleumLedger,
} from '../src/data/index.js';
import {
  formatCapReport,
  formatExplanation,
  formatMeasures,
  formatTimeline,
  formatTransfer,
} from '../src/format/index.js';
import {
  assessTransfer,
  type CapReport,
  compareBases,
  evaluatePlan,
  findMeasure,
  formatQuantity,
  measuresInForce,
  parseDate,
  planTimeline,
  QuantitySchema,
  sum,
} from '../src/index.js';

const WIDTH = 110;
/** Indents every line of a formatted text, which was wrapped to the width left. */
const indent = (text: string, by: number) =>
  text
    .split('\n')
    .map((line) => (line === '' ? line : `${' '.repeat(by)}${line}`))
    .join('\n');

const day = parseDate('2018-09-27');
const inForce = measuresInForce(dprk1718, day);

console.log(
  `Measures of regime ${dprk1718.id} (DPRK; OpenSanctions key ${dprk1718.openSanctionsProgram}) in force on ${day}: ${inForce.length}\n`,
);
console.log(formatMeasures(inForce, { width: WIDTH }));
console.log();

// What the regime says that day about supplying refined petroleum to the DPRK, and on which paragraphs.
console.log(`Supplying refined petroleum to the DPRK on ${day}:`);
console.log(
  indent(
    formatTransfer(
      assessTransfer(dprk1718, { commodity: 'refined-petroleum', direction: 'to-target', on: day }),
      { width: WIDTH - 2 },
    ),
    2,
  ),
);
console.log();

// The 500,000-barrel cap of 2397 para 5 in 2018: what was officially notified, and what the United States estimated
// from tanker capacity and port calls in its July 2018 submission to the Committee.
const cap = findMeasure(dprk1718, 'dprk.refined-petroleum.cap', 'quantity-cap');
if (cap === undefined) throw new Error('The bundled DPRK regime has no refined-petroleum cap.');
const bases = compareBases(cap, refinedPetroleumLedger, { asOf: day });
console.log(
  `The refined-petroleum cap (${cap.limits.map((l) => formatQuantity(l)).join(' or ')} a year) as known on ${day}:`,
);
for (const [name, report] of [
  ['officially reported', bases.reported],
  ['alleged', bases.alleged],
  ['estimated (capacity times port calls)', bases.estimated],
] as [string, CapReport][]) {
  const period = report.periods[0];
  if (period === undefined || (period.counted === 0 && period.notCounted.length === 0)) continue;
  // Each report is on one basis, as of that day: the entries of the other bases, and those delivered later, are
  // left out of what is printed (the report lists them; they are not part of that day's story).
  const later = report.notCounted.filter((n) => n.reason === 'delivered-after-as-of').length;
  const shown: CapReport = {
    ...report,
    notCounted: report.notCounted.filter(
      (n) => n.reason !== 'delivered-after-as-of' && n.reason !== 'basis-not-selected',
    ),
  };
  console.log(`  ${name}:`);
  console.log(indent(formatCapReport(shown, { width: WIDTH - 4 }), 4));
  console.log(`    (${later} ledger entries delivered after ${day} are left out)`);
  if (period.notCounted.length > 0) {
    const ids = new Set(period.notCounted.map((n) => n.entryId));
    const tonnes = sum(
      refinedPetroleumLedger.filter((e) => ids.has(e.id)).map((e) => QuantitySchema.parse(e.quantity)),
      'tonne',
    );
    console.log(
      `    not convertible to barrels (no product factor published): ${formatQuantity(tonnes)} in ${[...ids].join(', ')}`,
    );
  }
}
console.log();

// What each position of the 2018 debate would have eased that day, and the evidence behind it.
console.log(`The four positions of ${day}, evaluated against the DPRK evidence known that day:`);
for (const plan of Object.values(dprkPositions)) {
  const result = evaluatePlan(plan, dprkEvidence, { at: day });
  const after = measuresInForce(dprk1718, day, { relief: [{ plan, evidence: dprkEvidence }] });
  console.log(`  ${plan.title}`);
  for (const phase of result.phases) {
    console.log(`    phase ${phase.id}: ${phase.status}${phase.since ? ` since ${phase.since}` : ''}`);
    console.log(indent(formatExplanation(phase.explanation, { width: WIDTH - 8 }), 8));
  }
  const eased = after.relieved.map((r) => r.measure.id);
  const reading =
    plan.confidence === 'unconfirmed' && eased.length > 0 ? ' (a reading: scope unconfirmed)' : '';
  console.log(
    `    eases that day${reading}: ${eased.length === 0 ? 'nothing' : eased.join(', ')}${after.uncertain.length > 0 ? `; uncertain: ${after.uncertain.map((u) => u.measure.id).join(', ')}` : ''}`,
  );
}
console.log();

// Resolution 2231: the JCPOA's phases as the evidence dates them, to the 2025 snapback.
console.log('Resolution 2231 (Iran): the JCPOA plan from the evidence, 2015-2025:');
console.log(
  indent(
    formatTimeline(
      planTimeline(jcpoaPlan, jcpoaEvidence, { from: parseDate('2015-07-01'), to: parseDate('2025-12-31') }),
      { width: WIDTH - 2 },
    ),
    2,
  ),
);
// Dates are GMT calendar days: snapback took effect at midnight GMT, so 28 September 2025 is its first day.
for (const on of ['2017-01-01', '2024-01-01', '2025-09-27', '2025-09-28', '2025-11-01'].map(parseDate)) {
  const after = measuresInForce(iran2231, on, { relief: [{ plan: jcpoaPlan, evidence: jcpoaEvidence }] });
  console.log(
    `  on ${on}: ${after.inForce.length} measures in force, ${after.relieved.length} relieved, ${after.uncertain.length} uncertain`,
  );
}
