// A build step of the ES module output (tsup.config.ts): marks as pure each top-level `const` whose initializer only
// builds zod schemas, so that a consumer's bundler drops the schemas of a module that an import does not use.
//
// A bundler keeps every top-level call it cannot prove free of side effects, and a zod chain
// (`z.object({…}).refine(…)`) is a call. `/* @__PURE__ */` before a call marks that one call only (in
// `/* @__PURE__ */ z.object({…}).refine(…)` not the `.refine`), so the whole initializer is wrapped instead:
// `/* @__PURE__ */ (() => z.object({…}).refine(…))()`, which runs at the same moment and gives the same value.
// An initializer qualifies only if every call it makes at module load (calls inside functions do not run then) is a
// schema construction: a chain that starts at `z`, at a schema (`QuantitySchema.refine(…)`), or at one of the
// schema helpers of src/internal/zod.ts. Anything else (`deepFreeze(table)`, which freezes its argument in place;
// `new Map()`) is left as written.
import ts from 'typescript';

const SCHEMA_HELPERS = new Set(['patternString', 'nonEmptyString', 'nonEmptyArray']);

/** The identifier a call chain starts from (`z` in `z.string().regex(…)`), if it starts from one. */
function rootOf(expression: ts.Expression): string | undefined {
  let node: ts.Expression = expression;
  for (;;) {
    if (ts.isIdentifier(node)) return node.text;
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) node = node.expression;
    else if (ts.isCallExpression(node)) node = node.expression;
    else if (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node)) node = node.expression;
    else return undefined;
  }
}

const isSchemaRoot = (name: string | undefined) =>
  name !== undefined && (name === 'z' || name.endsWith('Schema') || SCHEMA_HELPERS.has(name));

/** Whether evaluating `node` at module load calls anything, and whether every such call builds a schema. */
function calls(node: ts.Node): { any: boolean; onlySchemas: boolean } {
  let any = false;
  let onlySchemas = true;
  const visit = (n: ts.Node): void => {
    if (!onlySchemas || ts.isFunctionLike(n) || ts.isClassLike(n)) return;
    if (ts.isCallExpression(n)) {
      any = true;
      if (!isSchemaRoot(rootOf(n.expression))) onlySchemas = false;
    } else if (
      ts.isNewExpression(n) ||
      ts.isTaggedTemplateExpression(n) ||
      ts.isAwaitExpression(n) ||
      ts.isYieldExpression(n) ||
      ts.isDeleteExpression(n) ||
      (ts.isBinaryExpression(n) &&
        n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
        n.operatorToken.kind <= ts.SyntaxKind.LastAssignment) ||
      (ts.isPrefixUnaryExpression(n) &&
        (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken)) ||
      ts.isPostfixUnaryExpression(n)
    ) {
      onlySchemas = false;
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return { any, onlySchemas };
}

/** The TypeScript source with its schema-building top-level initializers marked pure. */
export function annotatePure(source: string, fileName: string): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const spans: [number, number][] = [];
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    if (!(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer;
      if (init === undefined) continue;
      const found = calls(init);
      if (found.any && found.onlySchemas) spans.push([init.getStart(file), init.getEnd()]);
    }
  }
  let out = source;
  for (const [start, end] of spans.reverse()) {
    out = `${out.slice(0, start)}/* @__PURE__ */ (() => (${out.slice(start, end)}))()${out.slice(end)}`;
  }
  return out;
}
