// The JSON files of data/json/: every bundled dataset of `sanctions-regime/data` in its JSON form, wrapped with the
// data version and the JSON Schema it is valid against, and an index of them. Rendered by `npm run data:json`;
// tests/data/json.test.ts fails when the committed files differ from what this renders.

import { firstCited } from '../src/data/firstCited.js';
import {
  dataVersion,
  dprk1718Input,
  dprkCoverageSources,
  dprkDraftResolution2019Input,
  dprkEvidenceInput,
  dprkPositionsInput,
  iran2231Input,
  jcpoaCoverageSources,
  jcpoaEvidenceInput,
  jcpoaPlanInput,
  refinedPetroleumLedger,
  sourceManifest,
  southSudan2206Input,
  southSudanBenchmarksInput,
  southSudanEvidenceInput,
} from '../src/data/index.js';
import { schemaUrl } from './jsonSchemas.js';

/** How a file's `data` relates to its schema: the document itself, or an array or record of such documents. */
export type Shape = 'document' | 'array' | 'record';

export interface Dataset {
  /** The export of `sanctions-regime/data` it is the JSON form of, and the file's name without `.json`. */
  readonly name: string;
  readonly description: string;
  /** The name of the JSON Schema in schemas/ that `data` (or each of its items) is valid against, if one is shipped. */
  readonly schema?: string;
  readonly shape: Shape;
  readonly data: unknown;
}

/** The datasets, in the order of the index. `dates` overrides the first-cited dates of the source manifest. */
export function datasets(dates: Readonly<Record<string, string>> = firstCited): Dataset[] {
  return [
    {
      name: 'dprk1718',
      description: 'The DPRK sanctions regime, resolutions 1718 (2006) to 2397 (2017), each measure cited.',
      schema: 'Regime',
      shape: 'document',
      data: dprk1718Input,
    },
    {
      name: 'iran2231',
      description: 'The Iran sanctions measures, resolutions 1696 (2006) to 2231 (2015), each measure cited.',
      schema: 'Regime',
      shape: 'document',
      data: iran2231Input,
    },
    {
      name: 'southSudan2206',
      description:
        'The South Sudan sanctions regime, resolutions 2206 (2015) to 2821 (2026): travel ban, asset freeze, arms embargo.',
      schema: 'Regime',
      shape: 'document',
      data: southSudan2206Input,
    },
    {
      name: 'refinedPetroleumLedger',
      description:
        'The ledger of the DPRK refined-petroleum cap: official notifications, allegations, estimates.',
      schema: 'LedgerEntry',
      shape: 'array',
      data: refinedPetroleumLedger,
    },
    {
      name: 'dprkPositions',
      description: 'The positions of the 27 September 2018 Council meeting on the DPRK, as relief plans.',
      schema: 'ReliefPlan',
      shape: 'record',
      data: dprkPositionsInput,
    },
    {
      name: 'dprkDraftResolution2019',
      description: 'The China-Russia draft resolution of 16 December 2019 on the DPRK, as a relief plan.',
      schema: 'ReliefPlan',
      shape: 'document',
      data: dprkDraftResolution2019Input,
    },
    {
      name: 'jcpoaPlan',
      description: 'The JCPOA as endorsed by resolution 2231: its days as phases, and snapback.',
      schema: 'ReliefPlan',
      shape: 'document',
      data: jcpoaPlanInput,
    },
    {
      name: 'southSudanBenchmarks',
      description:
        'The benchmarks of resolution 2577 (2021) as a plan whose phase reviews the South Sudan arms embargo.',
      schema: 'ReliefPlan',
      shape: 'document',
      data: southSudanBenchmarksInput,
    },
    {
      name: 'dprkEvidence',
      description: 'DPRK evidence 2006-2019: nuclear tests, ICBM launches, declarations, verification.',
      schema: 'Evidence',
      shape: 'document',
      data: dprkEvidenceInput,
    },
    {
      name: 'jcpoaEvidence',
      description: 'JCPOA evidence 2015-2025: endorsement, verification, withdrawal, notifications, votes.',
      schema: 'Evidence',
      shape: 'document',
      data: jcpoaEvidenceInput,
    },
    {
      name: 'southSudanEvidence',
      description: 'Evidence on the South Sudan benchmarks: empty (no stored source gives the assessments).',
      schema: 'Evidence',
      shape: 'document',
      data: southSudanEvidenceInput,
    },
    {
      name: 'dprkCoverageSources',
      description: 'Where the coverage of dprkEvidence comes from, by event kind (text by kind).',
      shape: 'record',
      data: dprkCoverageSources,
    },
    {
      name: 'jcpoaCoverageSources',
      description: 'Where the coverage of jcpoaEvidence comes from, by event kind (text by kind).',
      shape: 'record',
      data: jcpoaCoverageSources,
    },
    {
      name: 'sourceManifest',
      description:
        'Every address the data cites: the titles it is cited under, the facts it supports, the day first cited.',
      shape: 'array',
      data: sourceManifest.map(({ firstCited: _, ...entry }) => {
        const date = dates[entry.url];
        return date === undefined ? entry : { ...entry, firstCited: date };
      }),
    },
  ];
}

const text = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** File name to file text, for every dataset and `index.json`. */
export function renderDataJson(dates?: Readonly<Record<string, string>>): Record<string, string> {
  const rendered: Record<string, string> = {};
  const index: object[] = [];
  for (const { name, description, schema, shape, data } of datasets(dates)) {
    const head = {
      dataVersion,
      name,
      description,
      ...(schema === undefined ? {} : { schema: schemaUrl(schema) }),
      shape,
    };
    rendered[`${name}.json`] = text({ ...head, data });
    index.push({ file: `${name}.json`, path: `sanctions-regime/data/json/${name}.json`, ...head });
  }
  rendered['index.json'] = text({ dataVersion, files: index });
  return rendered;
}
