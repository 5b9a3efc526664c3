// docs/data.md, a table of every bundled measure (id, kind, effective dates, changes, citations, confidence, sources),
// and docs/mandates.md, the mandates and deadlines of the regimes that have them, rendered from the bundled regimes by
// `npm run data:docs`. tests/data/docs.test.ts fails when a committed file differs from what this renders.
import { dataVersion, dprk1718, iran2231, southSudan2206 } from '../src/data/index.js';
import { type Citation, formatCitation, type Regime } from '../src/index.js';

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/**
 * The sources a regime's tables cite, numbered in order of first citation: each row gives the numbers, linked to the
 * list under the regime, which gives each address once (the same few sources back dozens of rows).
 */
class SourceList {
  private readonly numbers = new Map<string, number>();
  private readonly items: string[] = [];
  constructor(private readonly anchor: string) {}

  /** The numbers of a row's sources, each a link to the list. */
  refs(citations: readonly Citation[] | undefined): string {
    return (citations ?? []).map((c) => this.ref(c)).join(', ');
  }

  private ref(citation: Citation): string {
    if ('resolution' in citation) return formatCitation(citation);
    const key = citation.url ?? citation.document;
    let n = this.numbers.get(key);
    if (n === undefined) {
      n = this.items.length + 1;
      this.numbers.set(key, n);
      const host =
        citation.url === undefined ? undefined : new URL(citation.url).hostname.replace(/^www\./, '');
      this.items.push(
        host === undefined
          ? cell(citation.document)
          : `[${host}](${(citation.url as string).replaceAll(')', '%29').replaceAll('|', '%7C')})`,
      );
    }
    return `[${n}](#${this.anchor})`;
  }

  /** The numbered list, when any source was cited. */
  list(heading: string): string {
    if (this.items.length === 0) return '';
    return `\n\n### ${heading}\n\n${this.items.map((item, i) => `${i + 1}. ${item}`).join('\n')}`;
  }
}

function table(regime: Regime, sources: SourceList): string {
  const changes = regime.resolutions.flatMap((r) => r.changes.map((c) => ({ ...c, resolution: r.number })));
  const rows = regime.resolutions.flatMap((resolution) =>
    resolution.measures.map((m) => {
      const effective =
        m.effective.end === undefined
          ? `${m.effective.start} –`
          : `${m.effective.start} – ${m.effective.end}`;
      const changed = changes
        .filter((c) => c.target === m.id)
        .map((c) => {
          const until = c.until === undefined ? '' : ` until ${c.until}`;
          const by = c.replacement === undefined ? '' : `, replaced by \`${c.replacement}\``;
          return `${c.type} from ${c.effective}${until} (res. ${c.resolution} para ${c.paragraph})${by}`;
        });
      return [
        `\`${m.id}\``,
        m.kind,
        effective,
        changed.length === 0 ? '' : cell(changed.join('; ')),
        cell(m.citations.map(formatCitation).join('; ')),
        m.confidence,
        sources.refs(m.sources),
      ];
    }),
  );
  return [
    '| id | kind | effective | changed | citations | confidence | sources |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

/**
 * The mandates of a regime, each a line and a table of its renewals: a Panel renewed every year for fifteen years
 * made one table cell many screens tall.
 */
function mandateSections(regime: Regime, sources: SourceList): string {
  const changes = regime.resolutions.flatMap((r) => r.changes.map((c) => ({ ...c, resolution: r.number })));
  return regime.resolutions
    .flatMap((r) => r.mandates ?? [])
    .map((m) => {
      const term =
        m.effective.end === undefined
          ? `from ${m.effective.start}`
          : `${m.effective.start} – ${m.effective.end}`;
      const refs = sources.refs(m.sources);
      const line = `#### Mandate \`${m.id}\`\n\n${m.kind}, created for ${term} by ${cell(m.citations.map(formatCitation).join('; '))}; ${m.confidence}${refs === '' ? '' : `; sources ${refs}`}.`;
      const rows = changes
        .filter((c) => c.target === m.id)
        .map((c) => `| ${c.resolution} | ${c.type} | ${c.effective} | ${c.until ?? ''} | ${c.paragraph} |`);
      return rows.length === 0
        ? line
        : `${line}\n\n| resolution | change | from | until | paragraph |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}`;
    })
    .join('\n\n');
}

/** The deadlines of a regime, by due date. */
function deadlines(regime: Regime): string {
  const rows = regime.resolutions
    .flatMap((r) => r.deadlines ?? [])
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))
    .map((d) => [`\`${d.id}\``, d.kind, d.due, cell(d.by), formatCitation(d.citation), d.confidence]);
  return [
    '| id | kind | due | by | citation | confidence |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

const regimes = (): readonly Regime[] => [dprk1718, iran2231, southSudan2206];

/** The text of docs/data.md. */
export function renderDataDocs(): string {
  const count = (r: Regime) => r.resolutions.reduce((n, res) => n + res.measures.length, 0);
  const sections = regimes().map((r) => {
    const sources = new SourceList(`sources-of-${r.id}`);
    const measures = table(r, sources);
    return `## ${r.title}\n\n\`${r.id}\`: ${count(r)} measures in ${r.resolutions.length} resolutions (${r.resolutions
      .map((res) => res.number)
      .join(', ')}).\n\n${measures}${sources.list(`Sources of ${r.id}`)}`;
  });
  return `---
title: The bundled data
---

# The bundled data

<!-- Generated by \`npm run data:docs\` from src/data/; do not edit by hand. -->

Every measure of the regimes in \`sanctions-regime/data\`, data version **${dataVersion}** (\`dataVersion\`). The same
data ships as JSON in \`sanctions-regime/data/json/\` (\`index.json\` lists the files, their data version and the JSON
Schema each is valid against), and every address the data cites, with the facts it supports, is in
\`sourceManifest\` (\`sourceManifest.json\`). \`DATA-CHANGELOG.md\` says which facts each data release changed. The
Panels of Experts and the dated reports and reviews are on [Mandates and deadlines](mandates.md).

Columns: the measure's **id**; its **kind**; the days it is **effective** as created (inclusive; an open end means no
end was set); the later **changes** that supersede, amend, suspend, terminate or extend it; the paragraphs that
create it (**citations**); its **confidence** (\`unconfirmed\` when no source at hand confirmed it; parts of a measure,
such as a threshold, can carry their own mark); and the documents it was read in (**sources**), numbered: the list
under each regime gives each address once, by host.

${sections.join('\n\n')}
`;
}

/** The text of docs/mandates.md. */
export function renderMandateDocs(): string {
  const sections = regimes()
    .filter((r) =>
      r.resolutions.some((res) => (res.mandates ?? []).length + (res.deadlines ?? []).length > 0),
    )
    .map((r) => {
      const sources = new SourceList(`sources-of-${r.id}`);
      const mandates = r.resolutions.some((res) => (res.mandates ?? []).length > 0)
        ? `\n\n### Mandates\n\n${mandateSections(r, sources)}`
        : '';
      const dated = r.resolutions.some((res) => (res.deadlines ?? []).length > 0)
        ? `\n\n### Deadlines\n\n${deadlines(r)}`
        : '';
      return `## ${r.title}${mandates}${dated}${sources.list(`Sources of ${r.id}`)}`;
    });
  return `---
title: Mandates and deadlines
---

# Mandates and deadlines

<!-- Generated by \`npm run data:docs\` from src/data/; do not edit by hand. -->

The bodies the regimes in \`sanctions-regime/data\` create for a term, such as a Panel of Experts, and the dated
reports, reviews and assessments their resolutions call for, data version **${dataVersion}**. \`regimeCalendar\` and
\`npx sanctions-regime calendar\` put them in date order with the measures' renewals and lapses.

Each mandate gives its kind, the term it was created for, the paragraph that created it, its **confidence** and
numbered sources (listed under the regime), then a table of its renewals: the resolution, the day the change takes
effect, the new end (**until**) and the paragraph. Deadlines give the day each is **due**, who must act (**by**), the
paragraph that sets the date (**citation**) and its **confidence**.

${sections.join('\n\n')}
`;
}
