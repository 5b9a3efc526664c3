// A typedoc theme that keeps the API pages within issue 14's budgets (60 kB a page, 3 MB the site) without hiding
// much a reader uses. It is typedoc's default theme with five changes, and a search index without the examples' code:
// - The permalink beside each heading and summary entry, and the chevron of each collapsible section, are drawn by
//   CSS (scripts/typedoc-compact.css) rather than an inline <svg> each: about 300 kB over the site, the same links and
//   the same behaviour; kind icons drop the viewBox their <symbol> already has.
// - A module's page is already the list of its exports, so it has no second copy of that list under "On This Page"
//   (43 kB on the `sanctions-regime` page), and each entry of the list is a link with its kind drawn by CSS (the
//   same letter in the same coloured box, with the kind's name for screen readers) rather than an inline <svg> and a
//   permalink: about 90 bytes an entry instead of 400, so the 220 exports of `sanctions-regime` fit a 60 kB page.
//   The entry keeps its id, so links to `modules/sanctions-regime.html#capreport` still land on it.
// - A page of an interface or a class has no "Index" panel listing its members: "On This Page" beside it lists the
//   same members, linked the same way (150 kB over the site).
// - No Settings panel on each page: with no visibility filters it held only the theme selector; the site follows the
//   system's light or dark theme.
// - A zod schema's page shows its schema class with the type arguments elided (`ZodObject<…>`): the arguments spell
//   out the whole structure again (up to 70 kB), while the page's comment links the interface it parses to, which
//   has it by name. The declarations in dist/ keep the full type.
// And two changes to what typedoc reads, so pages say what a reader needs:
// - An interface built over its schema (`extends Omit<z.infer<typeof MeasureSchema>, …>`) shows the interfaces it
//   extends by name (`MeasureCommon`) but not the `Omit`/`Pick`/`Extract` plumbing, and its properties show no
//   "default value" (typedoc took the schema's field validator, `= MeasureIdSchema`, for one).
// - A property declared with a named type (`commodity: CommodityId`) is shown with that name. Typedoc converts an
//   interface property from the checker's type, and a union reached through `z.infer` has lost its alias, so
//   `CommodityId` came out as its 33 literals on every measure's page. Only properties declared in src/ are changed.
import {
  Converter,
  DefaultTheme,
  DefaultThemeRenderContext,
  IndexEvent,
  IntrinsicType,
  JSX,
  PageEvent,
  ReflectionKind,
  TypeScript as ts,
  UnionType,
} from 'typedoc';

class CompactContext extends DefaultThemeRenderContext {
  constructor(router, theme, page, options) {
    super(router, theme, page, options);
    const icons = { ...this._refIcons, anchor: () => JSX.createElement(JSX.Fragment, null) };
    // The accordion chevron, drawn by CSS (scripts/typedoc-compact.css) rather than an inline <svg>.
    icons.chevronDown = () => JSX.createElement('span', { class: 'tsd-chevron', 'aria-hidden': 'true' });
    // A kind icon's <svg> needs no viewBox: the <symbol> it uses has one.
    for (const [key, build] of Object.entries(icons)) {
      if (!/^[0-9]+$/.test(key)) continue;
      const element = build();
      const lean = { ...element, props: { ...element.props, viewBox: undefined } };
      icons[key] = () => lean;
    }
    this._refIcons = icons;
    this.index = () => JSX.createElement(JSX.Fragment, null);
    // No Settings panel: with no visibility filters it held only a theme selector (about 460 bytes a page, 146 kB
    // over the site); the site follows the reader's system theme, typedoc's default.
    this.settings = () => JSX.createElement(JSX.Fragment, null);
    const pageNavigation = this.pageNavigation;
    const moduleMemberSummary = this.moduleMemberSummary;
    this.moduleMemberSummary = (member) => {
      if (member.isReference()) return moduleMemberSummary(member);
      const kind = ReflectionKind.classString(member.kind);
      return JSX.createElement(
        JSX.Fragment,
        null,
        JSX.createElement(
          'dt',
          {
            id: this.slugger.slug(member.name),
            class: `tsd-compact ${kind}${member.isDeprecated() ? ' deprecated' : ''}`,
          },
          JSX.createElement('a', { href: this.urlTo(member) }, member.name),
        ),
        JSX.createElement('dd', null),
      );
    };
    this.pageNavigation = (props) =>
      props.model.kindOf(ReflectionKind.Module)
        ? JSX.createElement(JSX.Fragment, null)
        : pageNavigation(props);
  }
}

class CompactTheme extends DefaultTheme {
  getRenderContext(page) {
    return new CompactContext(this.router, this, page, this.application.options);
  }
}

/** Whether a type node is a named type, an array of one, or a union of those with `undefined`. */
function namesAType(node) {
  if (ts.isTypeReferenceNode(node)) return true;
  if (ts.isArrayTypeNode(node)) return namesAType(node.elementType);
  if (ts.isUnionTypeNode(node)) {
    return node.types.every((t) => namesAType(t) || t.kind === ts.SyntaxKind.UndefinedKeyword);
  }
  return false;
}

/** Type operators an interface extends to reuse a schema's fields: how it is built, not what it is. */
const PLUMBING = new Set(['Omit', 'Pick', 'Extract']);

/** The zod classes whose type arguments repeat a schema's structure. */
const ZOD_CLASS = /^\$?Zod[A-Z]\w*$/;

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.defineTheme('compact', CompactTheme);
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Property)) return;
    const declaration = context.getSymbolFromReflection(reflection)?.getDeclarations()?.[0];
    if (declaration === undefined || !ts.isPropertySignature(declaration) || declaration.type === undefined)
      return;
    if (!declaration.getSourceFile().fileName.includes('/src/')) return;
    if (!namesAType(declaration.type)) return;
    let type = context.converter.convertType(context.withScope(reflection), declaration.type);
    if (reflection.flags.isOptional && type.type === 'union') {
      const defined = type.types.filter((t) => !(t.type === 'intrinsic' && t.name === 'undefined'));
      type = defined.length === 1 ? defined[0] : new UnionType(defined);
    }
    reflection.type = type;
  });
  // Before typedoc builds the hierarchies and inheritance notes (its own handler runs at priority 0).
  app.converter.on(
    Converter.EVENT_RESOLVE_BEGIN,
    (context) => {
      for (const iface of context.project.getReflectionsByKind(ReflectionKind.Interface)) {
        const shown = iface.extendedTypes?.filter((t) => !(t.type === 'reference' && PLUMBING.has(t.name)));
        iface.extendedTypes = shown?.length ? shown : undefined;
        for (const property of iface.children ?? []) {
          property.defaultValue = undefined;
          if (
            property.inheritedFrom?.type === 'reference' &&
            PLUMBING.has(property.inheritedFrom.name.split('.')[0])
          ) {
            property.inheritedFrom = undefined;
          }
        }
      }
    },
    100,
  );
  // What every page's <head> carried for nothing (about 180 bytes a page): IE's compatibility mode, a description
  // that only said "Documentation for sanctions-regime", and the class-hierarchy script on pages with no hierarchy.
  app.renderer.on(PageEvent.END, (page) => {
    let html = page.contents
      ?.replace('<meta http-equiv="x-ua-compatible" content="IE=edge"/>', '')
      .replace(/<meta name="description" content="Documentation for [^"]*"\/>/, '');
    if (html !== undefined && !html.includes('class="tsd-hierarchy"'))
      html = html.replace(
        /<script async src="[./]*assets\/hierarchy\.js" id="tsd-hierarchy-script"><\/script>/,
        '',
      );
    page.contents = html;
  });
  // The search index takes a comment's words but not its @example code: the names an example uses are indexed as
  // their own entries, and the code made up most of the index (search.js 236 kB, 217 kB without it).
  app.renderer.on(IndexEvent.PREPARE_INDEX, (event) => {
    if (!app.options.getValue('searchInComments')) return;
    event.searchResults.forEach((reflection, i) => {
      const comments = [reflection.comment, ...(reflection.signatures ?? []).map((s) => s.comment)].filter(
        (c) => c !== undefined,
      );
      if (comments.length === 0) return;
      const text = comments
        .flatMap((c) => [
          ...c.summary,
          ...c.blockTags.filter((t) => t.tag !== '@example').flatMap((t) => t.content),
        ])
        .map((part) => part.text)
        .join('\n');
      event.searchFields[i] = { ...event.searchFields[i], comment: text };
    });
  });
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    for (const variable of context.project.getReflectionsByKind(ReflectionKind.Variable)) {
      const type = variable.type;
      if (type?.type === 'reference' && ZOD_CLASS.test(type.name) && (type.typeArguments?.length ?? 0) > 0) {
        type.typeArguments = [new IntrinsicType('…')];
      }
    }
  });
}
