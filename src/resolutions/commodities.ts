import * as z from 'zod';
import { SanctionsRegimeError } from '../errors.js';
import { describeValue } from '../internal/describe.js';

/**
 * One entry of the commodity vocabulary.
 *
 * @category Resolutions
 */
export interface CommodityDefinition {
  /** The stable id used in measures and ledgers. */
  readonly id: CommodityId;
  /** A name for people. */
  readonly name: string;
  /** Harmonized System chapters or headings the resolutions name for it, when they do. */
  readonly hsCodes?: readonly string[];
  /** A broader commodity whose measures also cover this one (aviation fuel is a refined petroleum product). */
  readonly parent?: CommodityId;
  /** Where the HS codes come from and how sure they are. */
  readonly note?: string;
}

const COMMODITY_IDS = [
  'refined-petroleum',
  'crude-oil',
  'condensates-ngl',
  'aviation-fuel',
  'coal',
  'iron',
  'iron-ore',
  'gold',
  'titanium-ore',
  'vanadium-ore',
  'rare-earth-minerals',
  'lead',
  'lead-ore',
  'seafood',
  'textiles',
  'statues',
  'copper',
  'nickel',
  'silver',
  'zinc',
  'food-agricultural',
  'machinery',
  'electrical-equipment',
  'earth-stone',
  'wood',
  'vessels',
  'helicopters',
  'industrial-machinery',
  'transport-vehicles',
  'iron-steel-metals',
  'luxury-goods',
  'arms',
  'nuclear-missile-items',
] as const;

/**
 * Zod schema for a commodity id from the vocabulary in {@link commodities}.
 *
 * @example
 * ```ts
 * import { CommodityIdSchema } from 'sanctions-regime';
 * CommodityIdSchema.parse('refined-petroleum'); //=> 'refined-petroleum'
 * CommodityIdSchema.safeParse('oil').success; //=> false
 * ```
 * @category Resolutions
 */
export const CommodityIdSchema = z.enum(COMMODITY_IDS);

/**
 * A commodity id: `"refined-petroleum"`, `"coal"`, `"seafood"`, …
 *
 * @category Resolutions
 */
export type CommodityId = z.infer<typeof CommodityIdSchema>;

const HS_2397 =
  'HS chapters as listed for 2397 (2017) in a secondary summary (ja.wikipedia via weblio); only "vessels (HS code 89)" was seen verbatim (unsanctionsapp.com quoting para 6). Unconfirmed.';

const definitions: readonly CommodityDefinition[] = [
  { id: 'refined-petroleum', name: 'refined petroleum products, including diesel and kerosene' },
  { id: 'crude-oil', name: 'crude oil' },
  { id: 'condensates-ngl', name: 'condensates and natural gas liquids' },
  {
    id: 'aviation-fuel',
    name: 'aviation fuel (aviation gasoline, naphtha-type and kerosene-type jet fuel, kerosene-type rocket fuel)',
    parent: 'refined-petroleum',
  },
  { id: 'coal', name: 'coal' },
  { id: 'iron', name: 'iron' },
  { id: 'iron-ore', name: 'iron ore' },
  { id: 'gold', name: 'gold' },
  { id: 'titanium-ore', name: 'titanium ore' },
  { id: 'vanadium-ore', name: 'vanadium ore' },
  { id: 'rare-earth-minerals', name: 'rare earth minerals' },
  { id: 'lead', name: 'lead' },
  { id: 'lead-ore', name: 'lead ore' },
  {
    id: 'seafood',
    name: 'seafood (fish, crustaceans, molluscs and other aquatic invertebrates in all forms)',
  },
  { id: 'textiles', name: 'textiles, including fabrics and partially or fully completed apparel products' },
  { id: 'statues', name: 'statues (monuments)' },
  { id: 'copper', name: 'copper' },
  { id: 'nickel', name: 'nickel' },
  { id: 'silver', name: 'silver' },
  { id: 'zinc', name: 'zinc' },
  {
    id: 'food-agricultural',
    name: 'food and agricultural products',
    hsCodes: ['07', '08', '12'],
    note: HS_2397,
  },
  { id: 'machinery', name: 'machinery', hsCodes: ['84'], note: HS_2397 },
  { id: 'electrical-equipment', name: 'electrical equipment', hsCodes: ['85'], note: HS_2397 },
  {
    id: 'earth-stone',
    name: 'earth and stone, including magnesite and magnesia',
    hsCodes: ['25'],
    note: HS_2397,
  },
  { id: 'wood', name: 'wood', hsCodes: ['44'], note: HS_2397 },
  { id: 'vessels', name: 'vessels', hsCodes: ['89'], note: HS_2397 },
  { id: 'helicopters', name: 'new helicopters' },
  {
    id: 'industrial-machinery',
    name: 'industrial machinery',
    hsCodes: ['84', '85'],
    note: 'The secondary summary gives HS 72 to 89 for the whole 2397 supply ban; this split into machinery (84-85), vehicles (86-89) and metals (72-83) is inferred. Unconfirmed.',
  },
  {
    id: 'transport-vehicles',
    name: 'transportation vehicles',
    hsCodes: ['86', '87', '88', '89'],
    note: 'Inferred split of HS 72 to 89; unconfirmed.',
  },
  {
    id: 'iron-steel-metals',
    name: 'iron, steel and other metals',
    hsCodes: ['72', '73', '74', '75', '76', '78', '79', '80', '81', '82', '83'],
    note: 'Inferred split of HS 72 to 89 (HS has no chapter 77); unconfirmed.',
  },
  { id: 'luxury-goods', name: 'luxury goods' },
  { id: 'arms', name: 'arms and related materiel' },
  {
    id: 'nuclear-missile-items',
    name: 'items that could contribute to enrichment, reprocessing or heavy-water activities, or to nuclear-weapon delivery systems',
    note: 'The lists of the Iran resolutions (S/2006/814, S/2006/815 and their successors; S/2015/546 for missile items under 2231).',
  },
];

/**
 * The commodity vocabulary, keyed by id: names, HS codes where the resolutions name them, and parents.
 *
 * @example
 * ```ts
 * import { commodities } from 'sanctions-regime';
 * commodities['aviation-fuel'].parent; //=> 'refined-petroleum'
 * ```
 * @category Resolutions
 */
export const commodities: Readonly<Record<CommodityId, CommodityDefinition>> = /* @__PURE__ */ Object.freeze(
  Object.fromEntries(definitions.map((d) => [d.id, Object.freeze(d)])) as Record<
    CommodityId,
    CommodityDefinition
  >,
);

/**
 * Lists a commodity and every broader commodity whose measures cover it, narrowest first.
 *
 * @param commodity - a commodity id.
 * @returns the id followed by its ancestors.
 * @throws {@link SanctionsRegimeError} `INVALID_INPUT` when `commodity` is not a known commodity id.
 * @example
 * ```ts
 * import { commodityLineage } from 'sanctions-regime';
 * commodityLineage('aviation-fuel'); //=> ['aviation-fuel', 'refined-petroleum']
 * ```
 * @category Resolutions
 */
export function commodityLineage(commodity: CommodityId): readonly CommodityId[] {
  if (typeof commodity !== 'string' || !Object.hasOwn(commodities, commodity)) {
    throw new SanctionsRegimeError(
      'INVALID_INPUT',
      `commodityLineage(commodity): unknown commodity ${describeValue(commodity)}: use an id of the commodities vocabulary (e.g. "refined-petroleum").`,
      { argument: 'commodityLineage(commodity)', value: describeValue(commodity) },
    );
  }
  const lineage: CommodityId[] = [];
  let current: CommodityId | undefined = commodity;
  while (current !== undefined && !lineage.includes(current)) {
    lineage.push(current);
    current = commodities[current]?.parent;
  }
  return lineage;
}
