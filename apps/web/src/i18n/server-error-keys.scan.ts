// Test support for server-error-keys.test.ts: reads the server's source (packages/core/src,
// packages/api/src) with the TypeScript parser and lists every translation key a DomainError can
// carry to the browser, with the params the server passes along. Syntax, not regexps, so that a
// key split over lines, a wrapper like sessions.ts' `fail(...)` or a local function that happens
// to be called `conflict` are all read correctly.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export interface KeyUse {
  key: string;
  at: string;
  /** Names of the params the server sends with this key; undefined when not known statically. */
  params?: string[];
}

export interface EntityUse {
  name: string;
  at: string;
}

/**
 * A key built at run time (`prefix.${code}`): where the code's possible values and, for each, the
 * params that go with it are declared. `union` is a string-literal union type in the sources.
 */
export interface DynamicKey {
  union: string;
  /** Sites that pair a code with its params: a call `fn(code, …, params)` or an object `{ [codeProp]: code, [paramsProp]: {…} }`. */
  params: { call: string; codeArg: number; paramsArg: number } | { codeProp: string; paramsProp: string };
}

export interface ScanResult {
  uses: KeyUse[];
  entities: EntityUse[];
  /** Places the scanner could not follow: each must be made readable or registered as dynamic. */
  problems: string[];
  files: number;
}

const ERRORS_FILE = join('packages', 'core', 'src', 'errors', 'domain-error.ts');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' || name === 'node_modules' ? [] : sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const isStringy = (e: ts.Node | undefined): e is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral =>
  !!e && (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e));

function walk(node: ts.Node, visit: (n: ts.Node) => void) {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

/** Property names of a params object literal; undefined when it is not one (or spreads another). */
function objectKeys(e: ts.Expression | undefined): string[] | undefined {
  if (!e) return [];
  if (!ts.isObjectLiteralExpression(e)) return undefined;
  const names: string[] = [];
  for (const p of e.properties) {
    if ((ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) names.push(p.name.text);
    else return undefined;
  }
  return names;
}

const property = (o: ts.ObjectLiteralExpression, name: string) =>
  o.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === name);

/** The nearest function around a node that has a parameter `name`, with the name it is called by in its file. */
function functionWithParameter(node: ts.Node, name: string): { index: number; callee?: string } | undefined {
  for (let n = node.parent; n; n = n.parent) {
    if (!ts.isFunctionDeclaration(n) && !ts.isArrowFunction(n) && !ts.isFunctionExpression(n)) continue;
    const index = n.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === name);
    if (index < 0) continue;
    const holder = n.parent;
    const callee = ts.isFunctionDeclaration(n) ? n.name?.text : holder && ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name) ? holder.name.text : undefined;
    return { index, callee };
  }
  return undefined;
}

interface Helper {
  /** Argument index of the key, or the fixed key the helper always uses. */
  key: number | string;
  /** Argument index of the params object, or the params the helper always sends. */
  params: number | string[];
  /** Argument index of a value sent as `entity` (named in the user's language via `entities.*`). */
  entity?: number;
}

/** The helpers exported by domain-error.ts (badRequest, conflict, notFound, …) and the error codes. */
function readErrorsModule(file: ts.SourceFile) {
  const codes = new Set<string>();
  const helpers = new Map<string, Helper>();
  for (const statement of file.statements) {
    if (ts.isTypeAliasDeclaration(statement) && statement.name.text === 'DomainErrorCode' && ts.isUnionTypeNode(statement.type)) {
      for (const t of statement.type.types) if (ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal)) codes.add(t.literal.text);
    }
    if (!ts.isVariableStatement(statement)) continue;
    for (const d of statement.declarationList.declarations) {
      const fn = d.initializer;
      if (!ts.isIdentifier(d.name) || !fn || !ts.isArrowFunction(fn)) continue;
      const names = fn.parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : ''));
      let made: ts.NewExpression | undefined;
      walk(fn.body, (n) => { if (ts.isNewExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'DomainError') made = n; });
      if (!made) continue;
      const [, keyArg, , paramsArg] = made.arguments ?? [];
      const argIndex = (e: ts.Expression | undefined) => (e && ts.isIdentifier(e) ? names.indexOf(e.text) : -1);
      const key = isStringy(keyArg) ? keyArg.text : argIndex(keyArg);
      const params = argIndex(paramsArg) >= 0 ? argIndex(paramsArg) : objectKeys(paramsArg);
      if (key === -1 || params === undefined) throw new Error(`domain-error.ts: cannot read the helper ${d.name.text}`);
      const entity = names.indexOf('entity');
      helpers.set(d.name.text, { key, params, entity: entity >= 0 ? entity : undefined });
    }
  }
  return { codes, helpers };
}

/** Reads the server's sources under `root` (the monorepo) and returns every key a DomainError can carry. */
export function scanServerErrorKeys(root: string, dynamic: Record<string, DynamicKey>): ScanResult {
  const files = ['packages/core/src', 'packages/api/src'].flatMap((d) => sourceFiles(join(root, d)));
  const parsed = files.map((f) => ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS));
  const errorsFile = parsed.find((f) => relative(root, f.fileName) === ERRORS_FILE);
  if (!errorsFile) throw new Error(`${ERRORS_FILE} not found`);
  const { codes, helpers } = readErrorsModule(errorsFile);

  const uses: KeyUse[] = [];
  const entities: EntityUse[] = [];
  const problems: string[] = [];
  const where = (n: ts.Node) => {
    const file = n.getSourceFile();
    return `${relative(root, file.fileName)}:${file.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  };

  /** The string values an expression can take: literals, both arms of `?:`, and a parameter of the enclosing function followed to its calls in the same file. */
  function strings(e: ts.Expression | undefined, what: string, depth = 0): string[] | undefined {
    if (!e) return undefined;
    if (isStringy(e)) return [e.text];
    if (ts.isParenthesizedExpression(e)) return strings(e.expression, what, depth);
    if (ts.isConditionalExpression(e)) {
      const a = strings(e.whenTrue, what, depth);
      const b = strings(e.whenFalse, what, depth);
      return a && b ? [...a, ...b] : undefined;
    }
    if (ts.isTemplateExpression(e)) {
      const spec = dynamic[e.getText().slice(1, -1)]; // registered without the backquotes
      if (!spec || e.templateSpans.length !== 1) { problems.push(`${where(e)}: ${what} ${e.getText()} is built at run time; register it in the test's DYNAMIC_KEYS`); return []; }
      return unionMembers(spec.union).map((m) => e.head.text + m + e.templateSpans[0]!.literal.text);
    }
    if (ts.isIdentifier(e) && depth < 3) {
      const owner = functionWithParameter(e, e.text);
      if (owner?.callee) {
        const calls: ts.CallExpression[] = [];
        walk(e.getSourceFile(), (n) => { if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === owner.callee) calls.push(n); });
        const values = calls.map((c) => strings(c.arguments[owner.index], what, depth + 1));
        if (calls.length && values.every((v) => v)) return values.flat() as string[];
      }
    }
    problems.push(`${where(e)}: cannot tell which ${what} \`${e.getText()}\` is`);
    return [];
  }

  const unions = new Map<string, string[]>();
  for (const f of parsed) {
    for (const s of f.statements) {
      if (ts.isTypeAliasDeclaration(s) && ts.isUnionTypeNode(s.type)) {
        const members = s.type.types.flatMap((t) => (ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal) ? [t.literal.text] : []));
        if (members.length === s.type.types.length) unions.set(s.name.text, members);
      }
    }
  }
  function unionMembers(name: string): string[] {
    const members = unions.get(name);
    if (!members) problems.push(`the union type ${name} (DYNAMIC_KEYS) is not declared as string literals in the server's sources`);
    return members ?? [];
  }

  /** Params that go with each code of a dynamic key: the intersection over all sites (undefined if one is unreadable). */
  function dynamicParams(spec: DynamicKey): Map<string, string[] | undefined> {
    const out = new Map<string, string[] | undefined>();
    const add = (code: string, params: string[] | undefined) => {
      const before = out.has(code) ? out.get(code) : params;
      out.set(code, before && params ? before.filter((p) => params.includes(p)) : undefined);
    };
    const members = new Set(unionMembers(spec.union));
    for (const f of parsed) {
      walk(f, (n) => {
        const p = spec.params;
        if ('call' in p && ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === p.call) {
          const code = n.arguments[p.codeArg];
          if (isStringy(code) && members.has(code.text)) add(code.text, objectKeys(n.arguments[p.paramsArg]));
        }
        if ('codeProp' in p && ts.isObjectLiteralExpression(n)) {
          const code = property(n, p.codeProp)?.initializer;
          const params = property(n, p.paramsProp);
          if (params && isStringy(code) && members.has(code.text)) add(code.text, objectKeys(params.initializer));
        }
      });
    }
    return out;
  }

  function record(site: ts.Node, keyArg: ts.Expression | undefined, params: string[] | undefined, paramsArg: ts.Expression | undefined) {
    const at = where(site);
    if (!keyArg) { problems.push(`${at}: an error without a key`); return; }
    // A dynamic key's params depend on its code; the call site passes them through unread.
    const template = ts.isTemplateExpression(keyArg) ? keyArg : undefined;
    const spec = template ? dynamic[template.getText().slice(1, -1)] : undefined;
    const perCode = spec ? dynamicParams(spec) : undefined;
    for (const key of strings(keyArg, 'error key') ?? []) {
      const code = template ? key.slice(template.head.text.length, key.length - template.templateSpans[0]!.literal.text.length) : undefined;
      uses.push({ key, at, params: perCode && code !== undefined ? perCode.get(code) : params });
    }
    // An `entity` sent by name is shown through the `entities.*` dictionary (api/errors.ts).
    if (paramsArg && ts.isObjectLiteralExpression(paramsArg)) {
      const entity = property(paramsArg, 'entity')?.initializer;
      if (entity) for (const name of strings(entity, 'entity') ?? []) entities.push({ name, at });
    }
  }

  for (const file of parsed) {
    if (file === errorsFile) continue; // the helpers' own bodies pass their parameters through
    // Helpers count only where imported: rotation-validator.ts has a local `conflict` of its own.
    const imported = new Map<string, string>();
    const namespaces = new Set<string>();
    for (const s of file.statements) {
      const bindings = ts.isImportDeclaration(s) ? s.importClause?.namedBindings : undefined;
      if (bindings && ts.isNamedImports(bindings)) for (const el of bindings.elements) imported.set(el.name.text, (el.propertyName ?? el.name).text);
      if (bindings && ts.isNamespaceImport(bindings)) namespaces.add(bindings.name.text);
    }
    /** The imported name a callee refers to: `badRequest(…)`, `core.badRequest(…)` with `import * as core`. */
    const importedName = (callee: ts.Expression) => {
      if (ts.isIdentifier(callee)) return imported.get(callee.text);
      if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && namespaces.has(callee.expression.text)) return callee.name.text;
      return undefined;
    };
    walk(file, (n) => {
      if (ts.isNewExpression(n) && importedName(n.expression) === 'DomainError') {
        const args = n.arguments ?? [];
        if (args.length === 1 && ts.isSpreadElement(args[0]!)) return; // a wrapper's body: its calls are read below
        record(n, args[1], objectKeys(args[3]), args[3]);
      } else if (ts.isCallExpression(n)) {
        const helper = helpers.get(importedName(n.expression) ?? '');
        const args = n.arguments;
        if (helper) {
          const keyArg = typeof helper.key === 'number' ? args[helper.key] : undefined;
          const paramsArg = typeof helper.params === 'number' ? args[helper.params] : undefined;
          const params = typeof helper.params === 'number' ? objectKeys(paramsArg) : helper.params;
          if (typeof helper.key === 'string') uses.push({ key: helper.key, at: where(n), params });
          else record(n, keyArg, params, paramsArg);
          if (helper.entity !== undefined) for (const name of strings(args[helper.entity], 'entity') ?? []) entities.push({ name, at: where(n) });
        } else if (isStringy(args[0]) && codes.has(args[0].text) && args.length >= 2) {
          // A wrapper taking DomainError's own arguments, e.g. sessions.ts: fail('FORBIDDEN', key, message, params).
          record(n, args[1], objectKeys(args[3]), args[3]);
        }
      }
    });
  }
  return { uses, entities, problems, files: files.length };
}

/** The monorepo's root, from this file's place in apps/web/src/i18n. */
export const repoRoot = () => fileURLToPath(new URL('../../../../', import.meta.url));
