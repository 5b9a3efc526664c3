/**
 * The version of the bundled data: `YYYY.MM.N`, the year and month of the data release and a counter from 0 within
 * that month, as the time-zone database and browser-compat data version theirs. It is written into every JSON file
 * of `sanctions-regime/data/json/` and names a section of `DATA-CHANGELOG.md`, which lists the facts each release
 * changed and the dates on which `measuresInForce` answers change. The package version moves with it: a data
 * correction is a patch, new data a minor, a schema change that rejects documents that parsed before a major.
 *
 * @example
 * ```ts
 * import { dataVersion } from 'sanctions-regime/data';
 * /^\d{4}\.(0[1-9]|1[0-2])\.\d+$/.test(dataVersion); //=> true
 * ```
 * @category Data
 */
export const dataVersion = '2026.12.0';
