// `npm run demo`: the library's story on the bundled data, for 27 September 2018, the day the Security Council met
// on North Korea (AFP, "China, Russia call at UN for easing of N.Korea sanctions", 27 September 2018).
import { dprk1718, refinedPetroleumLedger } from '../src/data/index.js';
import {
  type CapReport,
  compareBases,
  formatCitation,
  formatQuantity,
  type InForce,
  measuresInForce,
  parseDate,
  type QuantityCap,
  QuantitySchema,
  sum,
} from '../src/index.js';

const day = parseDate('2018-09-27');
const inForce = measuresInForce(dprk1718, day);

console.log(
  `Measures of the DPRK regime (${dprk1718.openSanctionsProgram}) in force on ${day}: ${inForce.length}\n`,
);

const byKind = new Map<string, InForce[]>();
for (const entry of inForce)
  byKind.set(entry.measure.kind, [...(byKind.get(entry.measure.kind) ?? []), entry]);

for (const [kind, entries] of byKind) {
  console.log(`${kind} (${entries.length})`);
  for (const { measure, basis } of entries) {
    const mark = measure.confidence === 'unconfirmed' ? ' [unconfirmed]' : '';
    const detail =
      measure.kind === 'quantity-cap'
        ? ` — limit ${measure.limits.map((l) => formatQuantity(l)).join(' or ')}`
        : '';
    console.log(`  ${measure.id}${detail}${mark}`);
    console.log(`      ${basis.map(formatCitation).join(' → ')}`);
  }
  console.log();
}

// The 500,000-barrel cap of 2397 para 5 in 2018: what was officially notified, and what the United States alleged.
const cap = inForce.find((m) => m.measure.id === 'dprk.refined-petroleum.cap')?.measure as QuantityCap;
const bases = compareBases(cap, refinedPetroleumLedger, { asOf: day });
console.log(
  `The refined-petroleum cap (${cap.limits.map((l) => formatQuantity(l)).join(' or ')} a year) as known on ${day}:`,
);
for (const [name, report] of [
  ['officially reported', bases.reported],
  ['alleged', bases.alleged],
] as [string, CapReport][]) {
  const period = report.periods[0];
  if (period === undefined) continue;
  const dim = period.dimensions[0];
  const share = period.utilisation === 'unknown' ? 'unknown' : `${period.utilisation.times(100).toFixed()} %`;
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
