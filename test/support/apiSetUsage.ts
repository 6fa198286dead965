/**
 * Finds every Excel and Office API member a set of source files uses, and the requirement set each
 * needs according to the `[Api set: ExcelApi 1.x]` and `**Requirement set**: {@link … | Name x.y}`
 * notes of @types/office-js (the same text as Microsoft's reference pages). Used by
 * test/lint/apiSets.test.ts; kept here so the test reads as the rule it enforces.
 *
 * How a use is found: the TypeScript type checker resolves each property access, element access
 * with a literal key, call and contextually typed object-literal property (`range.set({ format })`,
 * `load({ ... })`) to its declaration; a declaration in @types/office-js is an API member. Its
 * requirement is the note on the member (or, when the member has none, on its class, interface or
 * enum). Notes with clauses are read as Microsoft writes them:
 *   - "ExcelApi 1.1 for get, 1.8 for set": the higher version applies to a write only;
 *   - "1.15 for adding `alwaysInsert` parameter": applies only when that argument is passed;
 *   - a note on `@param x` applies only when that argument is passed.
 *
 * What counts as a guard (ARCHITECTURE.md, "feature-detect anything newer"): a use inside the
 * true branch of `if`, `?:` or `&&` whose condition calls
 * `Office.context.requirements.isSetSupported(name, version)` (directly, or through a `const`
 * initialised with such a condition), or after `if (!condition) return|throw` in the same block.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

export interface RequirementSet {
  readonly name: string;
  /** `major.minor` as numbers, so 1.9 < 1.14. */
  readonly version: readonly [number, number];
}

export interface ApiUse {
  /** Path relative to the project root, with `/`. */
  readonly file: string;
  readonly line: number;
  /** e.g. `Excel.Range.getSpillingToRangeOrNullObject`. */
  readonly member: string;
  /** The sets the use needs (empty: no note, e.g. a type-only helper). */
  readonly needs: readonly RequirementSet[];
  /** The sets a surrounding `isSetSupported` guard proves. */
  readonly guardedBy: readonly RequirementSet[];
}

const OFFICE_TYPES = `${sep}node_modules${sep}@types${sep}office-js${sep}index.d.ts`;

/** Requirement sets of other Office applications, listed beside Excel's in shared Office docs. */
const OTHER_HOSTS = /^(Mailbox|Word|PowerPoint|OneNote|Outlook|Visio|Project)/;

export function parseVersion(text: string): readonly [number, number] {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (match === null) throw new Error(`not a requirement-set version: ${text}`);
  return [Number(match[1]), Number(match[2] ?? '0')];
}

export function compareVersions(a: readonly [number, number], b: readonly [number, number]): number {
  return a[0] !== b[0] ? a[0] - b[0] : a[1] - b[1];
}

export function formatSet(set: RequirementSet): string {
  return `${set.name} ${set.version[0]}.${set.version[1]}`;
}

/** `<Requirements><Sets>` of an add-in-only manifest: each `<Set Name MinVersion>`. */
export function declaredSets(manifestXml: string): RequirementSet[] {
  const requirements = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(manifestXml)?.[1] ?? '';
  const sets = /<Sets(?:\s+DefaultMinVersion="([^"]+)")?\s*>([\s\S]*?)<\/Sets>/.exec(requirements);
  if (sets === null) return [];
  const defaultVersion = sets[1] ?? '1.1';
  return [...(sets[2] ?? '').matchAll(/<Set\s+([^>]*?)\/?>/g)].map((match) => {
    const attributes = match[1] ?? '';
    const name = /Name="([^"]+)"/.exec(attributes)?.[1];
    if (name === undefined) throw new Error(`<Set> without Name: ${match[0]}`);
    const version = /MinVersion="([^"]+)"/.exec(attributes)?.[1] ?? defaultVersion;
    return { name, version: parseVersion(version) };
  });
}

/** True when `declared` (or `guards`) hold a set of the same name at least as high as `needed`. */
export function isCovered(needed: RequirementSet, available: readonly RequirementSet[]): boolean {
  return available.some(
    (set) => set.name === needed.name && compareVersions(set.version, needed.version) >= 0,
  );
}

interface NoteClause {
  readonly set: RequirementSet;
  /** Applies only when the use writes the member ("for set", "for setting"). */
  readonly writeOnly: boolean;
  /** Applies only when this argument (a parameter name) is passed. */
  readonly parameter: string | null;
}

/** Parses one `[Api set: …]` note into clauses. */
function parseApiSetNote(note: string, parameterNames: readonly string[]): NoteClause[] {
  const clauses: NoteClause[] = [];
  let name: string | null = null;
  for (const part of note.split(/[;,]/)) {
    const match = /(?:([A-Za-z][A-Za-z]*)\s+)?(\d+\.\d+)/.exec(part);
    if (match === null) continue;
    if (match[1] !== undefined && match[1] !== 'Api') name = match[1];
    if (name === null) continue;
    const mentioned = parameterNames.find((parameter) => part.includes(`\`${parameter}\``));
    clauses.push({
      set: { name, version: parseVersion(match[2] ?? '') },
      writeOnly: /\bfor set(ting)?\b|setting it/.test(part),
      parameter: mentioned ?? null,
    });
  }
  return clauses;
}

/** The requirement notes in one JSDoc block: the member's own and those on `@param` lines. */
function readNotes(comment: string): { member: string[]; params: Map<string, string[]> } {
  const member: string[] = [];
  const params = new Map<string, string[]>();
  // A JSDoc tag runs until the next tag; each `@param name` paragraph holds that parameter's notes.
  const sections = comment.split(/\n\s*\*\s*(?=@)/);
  for (const [index, section] of sections.entries()) {
    const paramName = index === 0 ? null : (/^@param\s+(\w+)/.exec(section)?.[1] ?? null);
    const notes: string[] = [];
    for (const match of section.matchAll(/\[Api set:\s*([^\]]*)\]/g)) notes.push(match[1] ?? '');
    // Office's common API: "**Requirement set**: {@link url | SharedRuntime 1.1}" or a list of links.
    const requirementBlock =
      /\*\*Requirement sets?\*\*:([\s\S]*?)(?:\n\s*\*\s*\n\s*\*\s*(?![\s-]*\{@link)|$)/.exec(section);
    if (requirementBlock !== null) {
      for (const link of (requirementBlock[1] ?? '').matchAll(/\{@link\s+\S+\s*\|\s*([^}]+)\}/g)) {
        const text = (link[1] ?? '').trim();
        const named = /^([A-Za-z]+)(?:\s+(\d+\.\d+))?$/.exec(text);
        if (named === null || OTHER_HOSTS.test(named[1] ?? '')) continue;
        notes.push(`${named[1]} ${named[2] ?? '1.1'}`);
      }
    }
    if (paramName === null) member.push(...notes.filter((note) => !OTHER_HOSTS.test(note.trim())));
    else if (notes.length > 0) params.set(paramName, notes);
  }
  return { member, params };
}

function jsDocText(declaration: ts.Node): string {
  const source = declaration.getSourceFile().text;
  const ranges = ts.getLeadingCommentRanges(source, declaration.getFullStart()) ?? [];
  const last = ranges.at(-1);
  return last === undefined ? '' : source.slice(last.pos, last.end);
}

function declarationName(declaration: ts.Declaration): string {
  const parts: string[] = [];
  let node: ts.Node | undefined = declaration;
  while (node !== undefined && !ts.isSourceFile(node)) {
    const name = (node as { name?: ts.Node }).name;
    if (name !== undefined && (ts.isIdentifier(name) || ts.isStringLiteral(name))) parts.unshift(name.text);
    node = node.parent;
  }
  return parts.join('.');
}

/** The container (class, interface, enum, namespace) whose note stands for a member without one. */
function containerOf(declaration: ts.Node): ts.Node | null {
  let node = declaration.parent as ts.Node | undefined;
  while (node !== undefined && !ts.isSourceFile(node)) {
    if (
      ts.isClassDeclaration(node) ||
      ts.isInterfaceDeclaration(node) ||
      ts.isEnumDeclaration(node) ||
      ts.isModuleDeclaration(node)
    )
      return node;
    node = node.parent;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Guards

function isSetSupportedCall(node: ts.Node): RequirementSet | null {
  if (!ts.isCallExpression(node)) return null;
  const callee = node.expression;
  const name = ts.isPropertyAccessExpression(callee)
    ? callee.name.text
    : ts.isIdentifier(callee)
      ? callee.text
      : '';
  if (name !== 'isSetSupported') return null;
  const [setName, version] = node.arguments;
  if (setName === undefined || !ts.isStringLiteralLike(setName)) return null;
  const versionText =
    version === undefined
      ? '1.1'
      : ts.isStringLiteralLike(version) || ts.isNumericLiteral(version)
        ? version.text
        : null;
  if (versionText === null) return null;
  return { name: setName.text, version: parseVersion(versionText) };
}

function unwrap(expression: ts.Expression): ts.Expression {
  let current = expression;
  while (
    ts.isParenthesizedExpression(current) ||
    ts.isAsExpression(current) ||
    ts.isNonNullExpression(current)
  )
    current = current.expression;
  return current;
}

/** The sets proven when `expression` is truthy. */
function provenWhenTrue(expression: ts.Expression, checker: ts.TypeChecker, depth = 0): RequirementSet[] {
  if (depth > 8) return [];
  const node = unwrap(expression);
  const direct = isSetSupportedCall(node);
  if (direct !== null) return [direct];
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken)
    return [
      ...provenWhenTrue(node.left, checker, depth + 1),
      ...provenWhenTrue(node.right, checker, depth + 1),
    ];
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)
    return provenWhenTrue(node.left, checker, depth + 1);
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) {
    const inner = unwrap(node.operand);
    if (ts.isPrefixUnaryExpression(inner) && inner.operator === ts.SyntaxKind.ExclamationToken)
      return provenWhenTrue(inner.operand, checker, depth + 1);
    return [];
  }
  if (ts.isIdentifier(node)) {
    const symbol = checker.getSymbolAtLocation(node);
    const declaration = symbol?.valueDeclaration;
    if (
      declaration !== undefined &&
      ts.isVariableDeclaration(declaration) &&
      declaration.initializer !== undefined &&
      (ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const) !== 0
    )
      return provenWhenTrue(declaration.initializer, checker, depth + 1);
  }
  return [];
}

/** The sets proven when `expression` is falsy (`!x` is falsy when x is truthy; `a || b` when both are). */
function provenWhenFalse(expression: ts.Expression, checker: ts.TypeChecker): RequirementSet[] {
  const node = unwrap(expression);
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken)
    return provenWhenTrue(node.operand, checker);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.BarBarToken)
    return [...provenWhenFalse(node.left, checker), ...provenWhenFalse(node.right, checker)];
  return [];
}

function exits(statement: ts.Statement): boolean {
  if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement)) return true;
  if (ts.isBlock(statement)) {
    const last = statement.statements.at(-1);
    return last !== undefined && exits(last);
  }
  return false;
}

function guardsAround(node: ts.Node, checker: ts.TypeChecker): RequirementSet[] {
  const proven: RequirementSet[] = [];
  let child: ts.Node = node;
  let parent: ts.Node | undefined = node.parent;
  while (parent !== undefined) {
    if (ts.isIfStatement(parent)) {
      if (child === parent.thenStatement) proven.push(...provenWhenTrue(parent.expression, checker));
      if (child === parent.elseStatement) proven.push(...provenWhenFalse(parent.expression, checker));
    } else if (ts.isConditionalExpression(parent)) {
      if (child === parent.whenTrue) proven.push(...provenWhenTrue(parent.condition, checker));
      if (child === parent.whenFalse) proven.push(...provenWhenFalse(parent.condition, checker));
    } else if (
      ts.isBinaryExpression(parent) &&
      parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
      child === parent.right
    ) {
      proven.push(...provenWhenTrue(parent.left, checker));
    } else if (ts.isBlock(parent) || ts.isSourceFile(parent)) {
      for (const statement of parent.statements) {
        if (statement === child) break;
        if (
          ts.isIfStatement(statement) &&
          statement.elseStatement === undefined &&
          exits(statement.thenStatement)
        )
          proven.push(...provenWhenFalse(statement.expression, checker));
      }
    }
    child = parent;
    parent = parent.parent;
  }
  return proven;
}

// ---------------------------------------------------------------------------------------------
// Uses

function isOfficeDeclaration(declaration: ts.Node): boolean {
  return declaration.getSourceFile().fileName.split('/').join(sep).endsWith(OFFICE_TYPES);
}

function officeDeclarations(symbol: ts.Symbol | undefined, checker: ts.TypeChecker): ts.Declaration[] {
  if (symbol === undefined) return [];
  const resolved = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  return (resolved.declarations ?? []).filter(isOfficeDeclaration);
}

function isWrite(node: ts.Node): boolean {
  const parent = node.parent;
  return (
    parent !== undefined &&
    ts.isBinaryExpression(parent) &&
    parent.left === node &&
    parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
    parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment
  );
}

function requirementOf(
  declaration: ts.Declaration,
  write: boolean,
  passed: ReadonlySet<string>,
  parameterNames: readonly string[],
): RequirementSet[] {
  let notes = readNotes(jsDocText(declaration));
  if (notes.member.length === 0) {
    const container = containerOf(declaration);
    if (container !== null) notes = { member: readNotes(jsDocText(container)).member, params: notes.params };
  }
  const needs: RequirementSet[] = [];
  for (const note of notes.member) {
    const clauses = parseApiSetNote(note, parameterNames);
    const base = clauses.filter((clause) => !clause.writeOnly && clause.parameter === null);
    const lowest = base.reduce<NoteClause | null>(
      (low, clause) =>
        low === null || compareVersions(clause.set.version, low.set.version) < 0 ? clause : low,
      null,
    );
    if (lowest !== null) needs.push(lowest.set);
    for (const clause of clauses) {
      if ((clause.writeOnly && write) || (clause.parameter !== null && passed.has(clause.parameter)))
        needs.push(clause.set);
    }
  }
  for (const [parameter, paramNotes] of notes.params) {
    if (!passed.has(parameter)) continue;
    for (const note of paramNotes) {
      // A parameter's note lists what each accepted form needs; the highest is the safe reading.
      const clauses = parseApiSetNote(note, []);
      const highest = clauses.reduce<NoteClause | null>(
        (high, clause) =>
          high === null || compareVersions(clause.set.version, high.set.version) > 0 ? clause : high,
        null,
      );
      if (highest !== null) needs.push(highest.set);
    }
  }
  return needs;
}

function parametersOf(declaration: ts.Declaration): string[] {
  return ts.isFunctionLike(declaration)
    ? declaration.parameters.map((parameter) => (ts.isIdentifier(parameter.name) ? parameter.name.text : ''))
    : [];
}

/**
 * Every API use in `files` (absolute paths; they must be part of `program`).
 */
export function findApiUses(program: ts.Program, files: readonly string[], root: string): ApiUse[] {
  const checker = program.getTypeChecker();
  const uses: ApiUse[] = [];
  const record = (
    at: ts.Node,
    name: ts.Node,
    declarations: ts.Declaration[],
    passedCount: number | null,
    source: ts.SourceFile,
  ): void => {
    if (declarations.length === 0) return;
    const needs: RequirementSet[] = [];
    for (const declaration of declarations) {
      const parameterNames = parametersOf(declaration);
      const passed = new Set(parameterNames.slice(0, passedCount ?? 0));
      needs.push(...requirementOf(declaration, isWrite(at), passed, parameterNames));
    }
    const first = declarations[0];
    uses.push({
      file: relative(root, source.fileName).split(sep).join('/'),
      line: source.getLineAndCharacterOfPosition(name.getStart(source)).line + 1,
      member: first === undefined ? name.getText(source) : declarationName(first),
      needs,
      guardedBy: guardsAround(at, checker),
    });
  };

  // `range.load('values, format/fill/color')`, `load(['values'])`: each first-level name is a member.
  const recordLoadedNames = (call: ts.CallExpression, receiver: ts.Type, source: ts.SourceFile): void => {
    const [option] = call.arguments;
    if (option === undefined) return;
    const literals = ts.isArrayLiteralExpression(option) ? [...option.elements] : [option];
    for (const literal of literals) {
      if (!ts.isStringLiteralLike(literal)) continue;
      for (const path of literal.text.split(',')) {
        const first = path.trim().split('/')[0] ?? '';
        if (first === '') continue;
        const property = receiver.getNonNullableType().getProperty(first);
        record(literal, literal, officeDeclarations(property, checker), null, source);
      }
    }
  };

  for (const file of files) {
    const source = program.getSourceFile(file);
    if (source === undefined) throw new Error(`${file} is not part of the program`);
    const visit = (node: ts.Node): void => {
      if (ts.isTypeOfExpression(node)) {
        // `typeof x.member === 'function'` is feature detection, not a use of the member.
        return;
      }
      if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
        const name = ts.isPropertyAccessExpression(node) ? node.name : node.argumentExpression;
        const call = ts.isCallExpression(node.parent) && node.parent.expression === node ? node.parent : null;
        let declarations: ts.Declaration[];
        if (call !== null) {
          // A call: the overload the checker chose, so its own notes and parameters count.
          const signature = checker.getResolvedSignature(call)?.getDeclaration();
          declarations =
            signature !== undefined && isOfficeDeclaration(signature)
              ? [signature]
              : officeDeclarations(checker.getSymbolAtLocation(name), checker);
        } else {
          declarations = officeDeclarations(checker.getSymbolAtLocation(name), checker);
        }
        record(node, name, declarations, call === null ? null : call.arguments.length, source);
        if (
          call !== null &&
          declarations.length > 0 &&
          ts.isPropertyAccessExpression(node) &&
          node.name.text === 'load'
        )
          recordLoadedNames(call, checker.getTypeAtLocation(node.expression), source);
      } else if (ts.isObjectLiteralExpression(node)) {
        // `range.set({ format: { fill: … } })`, `range.load({ values: true })`: each key is a member.
        const contextual = checker.getContextualType(node);
        if (contextual !== undefined) {
          for (const property of node.properties) {
            if (property.name === undefined || !ts.isIdentifier(property.name)) continue;
            const target = contextual.getNonNullableType().getProperty(property.name.text);
            record(property, property.name, officeDeclarations(target, checker), null, source);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

/** A program with tsconfig.json's compiler options over `rootFiles`. */
export function programFromTsconfig(root: string, rootFiles: readonly string[]): ts.Program {
  const configPath = join(root, 'tsconfig.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (parsed === undefined) throw new Error(`cannot read ${configPath}`);
  return ts.createProgram({ rootNames: [...rootFiles], options: parsed.options });
}

/** The files of tsconfig.json under `folder` (relative to root), minus `exclude` prefixes. */
export function tsconfigFilesUnder(root: string, folder: string, exclude: readonly string[]): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: () => undefined,
  });
  return (parsed?.fileNames ?? []).filter((file) => {
    const path = relative(root, file).split(sep).join('/');
    return path.startsWith(`${folder}/`) && !exclude.some((prefix) => path.startsWith(prefix));
  });
}

export function readManifest(root: string): string {
  return readFileSync(join(root, 'manifest.xml'), 'utf8');
}
