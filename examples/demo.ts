// `npm run demo`: the library's story on the bundled data, for 27 September 2018, the day the Security Council met
// on North Korea (AFP, "China, Russia call at UN for easing of N.Korea sanctions", 27 September 2018).
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
  type CapReport,
  compareBases,
  type Explanation,
  evaluatePlan,
  findMeasure,
  formatCitation,
  formatQuantity,
  type InForce,
  measuresInForce,
  parseDate,
  planTimeline,
  QuantitySchema,
  sum,
} from '../src/index.js';

const day = parseDate('2018-09-27');
const inForce = measuresInForce(dprk1718, day);

console.log(
  `Measures of regime ${dprk1718.id} (DPRK; OpenSanctions key ${dprk1718.openSanctionsProgram}) in force on ${day}: ${inForce.length}\n`,
);

const byKind = new Map<string, InForce[]>();
for (const entry of inForce)
  byKind.set(entry.measure.kind, [...(byKind.get(entry.measure.kind) ?? []), entry]);

for (const [kind, entries] of byKind) {
  console.log(`${kind} (${entries.length})`);
  for (const { measure, citations } of entries) {
    const mark = measure.confidence === 'unconfirmed' ? ' [unconfirmed]' : '';
    const thresholds =
      measure.kind === 'quantity-cap' && measure.thresholds.length > 0
        ? `; thresholds ${measure.thresholds
            .map(
              (t) =>
                `${t.fraction.times(100).toFixed()} % ${t.effect}${t.confidence === 'unconfirmed' ? ' [unconfirmed]' : ''}`,
            )
            .join(', ')}`
        : '';
    const detail =
      measure.kind === 'quantity-cap'
        ? ` — limit ${measure.limits.map((l) => formatQuantity(l)).join(' or ')}${thresholds}`
        : '';
    console.log(`  ${measure.id}${detail}${mark}`);
    console.log(`      ${citations.map(formatCitation).join(' → ')}`);
  }
  console.log();
}

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
  const dim = period.dimensions[0];
  const share = period.utilisationPercent === 'unknown' ? 'unknown' : `${period.utilisationPercent} %`;
  console.log(
    `  ${name}: ${formatQuantity(dim?.total as never)} counted, utilisation ${share}, exceeded: ${period.exceeded}`,
  );
  if (period.notCounted.length > 0) {
    const ids = new Set(period.notCounted.map((n) => n.entryId));
    const tonnes = sum(
      refinedPetroleumLedger.filter((e) => ids.has(e.id)).map((e) => QuantitySchema.parse(e.quantity)),
      'tonne',
    );
    console.log(
      `      not convertible to barrels (no product factor published): ${formatQuantity(tonnes)} in ${[...ids].join(', ')}`,
    );
  }
  for (const c of period.crossings) {
    console.log(
      `      crossed ${c.threshold.fraction.times(100).toFixed()} % (${c.threshold.effect}) on ${c.date} by ${c.entryId}, cumulative ${formatQuantity(c.cumulative)}`,
    );
  }
}
console.log();

// What each position of the 2018 debate would have eased that day, and the evidence behind it.
console.log(`The four positions of ${day}, evaluated against the DPRK evidence known that day:`);
const leaves = (e: Explanation): Explanation[] =>
  e.children.length === 0 ? [e] : e.children.flatMap(leaves);
const describe = (e: Explanation): string => {
  const c = e.condition;
  const what =
    c.op === 'fact' || c.op === 'compare'
      ? c.fact
      : c.op === 'occurred' || c.op === 'noneOccurred'
        ? `${c.op} ${c.event}`
        : c.op === 'ref'
          ? `${c.name} (explained above)`
          : c.op;
  const used = [
    ...e.used.facts.map((f) => `${f.fact}=${String(f.value)} since ${f.from}`),
    ...e.used.events.map((v) => `${v.kind} on ${v.date}`),
  ];
  return `${what}: ${e.truth}${used.length > 0 ? ` (${used.join('; ')})` : ''}`;
};
for (const plan of Object.values(dprkPositions)) {
  const result = evaluatePlan(plan, dprkEvidence, { at: day });
  const after = measuresInForce(dprk1718, day, { relief: [{ plan, evidence: dprkEvidence }] });
  console.log(`  ${plan.title}`);
  for (const phase of result.phases) {
    console.log(`    phase ${phase.id}: ${phase.status}${phase.since ? ` since ${phase.since}` : ''}`);
    for (const leaf of leaves(phase.explanation)) console.log(`        ${describe(leaf)}`);
    for (const m of phase.explanation.missing)
      console.log(
        `        missing: ${m.evidence === 'fact' ? `an observation of ${m.fact}` : `coverage of ${m.kind} ${m.start}..${m.end}`}`,
      );
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
for (const t of planTimeline(jcpoaPlan, jcpoaEvidence, {
  from: parseDate('2015-07-01'),
  to: parseDate('2025-12-31'),
})) {
  console.log(`  ${t.date}  ${t.phase.padEnd(15)} ${t.status.padEnd(13)} ${t.note}`);
}
// Dates are GMT calendar days: snapback took effect at midnight GMT, so 28 September 2025 is its first day.
for (const on of ['2017-01-01', '2024-01-01', '2025-09-27', '2025-09-28', '2025-11-01'].map(parseDate)) {
  const after = measuresInForce(iran2231, on, { relief: [{ plan: jcpoaPlan, evidence: jcpoaEvidence }] });
  console.log(
    `  on ${on}: ${after.inForce.length} measures in force, ${after.relieved.length} relieved, ${after.uncertain.length} uncertain`,
  );
}
