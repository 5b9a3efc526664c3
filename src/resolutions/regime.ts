import * as z from 'zod';
import { deepFreeze } from '../internal/frozen.js';
import { nonEmptyString } from '../internal/zod.js';
import { type DocumentCitation, DocumentCitationSchema } from './citation.js';
import { type Resolution, ResolutionSchema } from './resolution.js';

/**
 * Zod schema for a {@link Regime}.
 *
 * @example
 * ```ts
 * import { RegimeSchema } from 'sanctions-regime';
 * const regime = RegimeSchema.parse({
 *   id: 'example', title: 'Example', target: 'XXA', committee: 'none', foundingResolution: 1,
 *   resolutions: [],
 * });
 * regime.id; //=> 'example'
 * ```
 * @category Resolutions
 */
export const RegimeSchema = z
  .object({
    /** The regime's id, `"dprk-1718"`. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    title: nonEmptyString(),
    /** The target State, ISO 3166-1 alpha-3 (`"PRK"`). */
    target: z.string().regex(/^[A-Z]{3}$/),
    /** The body that oversees it: `"Security Council Committee established pursuant to resolution 1718 (2006)"`. */
    committee: nonEmptyString(),
    /** The number of the resolution that founded it. */
    foundingResolution: z.number().int().positive(),
    /** The OpenSanctions program key, for interoperability (`"UN-SC1718"`). */
    openSanctionsProgram: z.string().optional(),
    /** The resolutions, in order of adoption. */
    resolutions: z.array(ResolutionSchema),
    note: z.string().optional(),
    sources: z.array(DocumentCitationSchema).optional(),
  })
  .overwrite(deepFreeze);

/**
 * A sanctions regime: its target, committee and resolutions.
 *
 * @category Resolutions
 */
export interface Regime extends Omit<z.infer<typeof RegimeSchema>, 'resolutions' | 'sources'> {
  /** The resolutions, in order of adoption. */
  resolutions: Resolution[];
  /** Documents where its facts were read. */
  sources?: DocumentCitation[] | undefined;
}
