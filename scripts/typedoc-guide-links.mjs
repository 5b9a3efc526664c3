// A typedoc plugin for the guides (docs/*.md): `{@link capReport}` links to the export of that name, as it would in
// a TSDoc comment. Typedoc resolves a bare name from a project document against the project, whose children are the
// modules (`sanctions-regime`, `sanctions-regime/data`, `sanctions-regime/format`), so without this every guide link
// would have to be spelled `{@link sanctions-regime!capReport | capReport}`. Only a bare export name is rewritten,
// looked up in `sanctions-regime`, then `sanctions-regime/data`, then `sanctions-regime/format`; anything else (and
// a name no module exports) is left to typedoc, whose invalid-link validation (an error under treatWarningsAsErrors)
// still reports it.
import { Converter, ReflectionKind } from 'typedoc';

const MODULES = [
  'sanctions-regime',
  'sanctions-regime/data',
  'sanctions-regime/format',
  'sanctions-regime/akn',
];
const LINK_TAGS = new Set(['@link', '@linkcode', '@linkplain']);
const BARE = /^\s*([A-Za-z_$][\w$]*)\s*(?:\|\s*(.*?)\s*)?$/s;

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context) => {
      const project = context.project;
      const modules = MODULES.map((name) => project.getChildByName(name));
      for (const document of project.getReflectionsByKind(ReflectionKind.Document)) {
        for (const part of document.content) {
          if (part.kind !== 'inline-tag' || !LINK_TAGS.has(part.tag) || part.target !== undefined) continue;
          const match = BARE.exec(part.text);
          if (match === null) continue;
          const [, name, label] = match;
          const target = modules
            .map((module) => module?.getChildByName(name))
            .find((child) => child?.kindOf(ReflectionKind.SomeExport));
          if (target === undefined) continue;
          part.target = target;
          part.text = label || name;
        }
      }
    },
    // Before typedoc's own link resolution (priority -300), which leaves a part that already has a target alone.
    100,
  );
}
