// `npm run demo`: the library's story on the bundled data, for 27 September 2018, the day the Security Council met
// on North Korea (AFP, "China, Russia call at UN for easing of N.Korea sanctions", 27 September 2018).
import { dprk1718 } from '../src/data/index.js';
import { formatCitation, formatQuantity, type InForce, measuresInForce, parseDate } from '../src/index.js';

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
