/**
 * The condition builders under the names of the wire format's operators, `compare` included (at the top level it
 * is `compareFact`, because `compare` orders quantities): `import { conditions } from 'sanctions-regime'`, then
 * `conditions.compare('tests', 'eq', 0)`.
 *
 * @category Conditions
 * @module
 */
export {
  all,
  any,
  atLeast,
  compareFact as compare,
  fact,
  noneOccurred,
  not,
  occurred,
  onOrAfter,
  ref,
} from './builders.js';
