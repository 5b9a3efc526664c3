// `npm run demo`: the library's main job on bundled figures.
import {
  formatQuantity,
  PeriodRuleSchema,
  parseDate,
  periodContaining,
  quantity,
  ratio,
  subtract,
  sum,
} from '../src/index.js';

const day = parseDate('2018-09-27');
// 2397 (2017) para 5: 500,000 barrels during 12-month periods beginning 1 January 2018.
const rule = PeriodRuleSchema.parse({ kind: 'recurring', anchor: '2018-01-01', every: 'P12M' });
const period = periodContaining(rule, day);
console.log(`On ${day} the refined-petroleum cap period is ${period?.start} to ${period?.end}.`);

// China and Russia's notified deliveries, January-May 2020, as quoted in the 43-country complaint (Yonhap,
// 25 July 2020), against the 500,000-barrel cap.
const cap = quantity('500000', 'barrel');
const reported = sum([quantity('106094.17', 'barrel')], 'barrel');
console.log(
  `Reported Jan-May 2020: ${formatQuantity(reported)}; headroom ${formatQuantity(subtract(cap, reported))}.`,
);
console.log(`Utilisation: ${ratio(reported, cap).times(100).toFixed()} % (exact).`);
