/**
 * Reading the example query files of cypher/ the way a user pastes them: `:param name =>
 * value;` lines set parameters, `//` lines are comments, statements end with `;`.
 * Also the linter setup shared by the lint tests.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintCypherQuery, parseStatementsStrs } from '@neo4j-cypher/language-support';
import { ENTITY_TYPES, MENTIONS, RELATIONS } from '../../src/model/types.js';
import { PROPERTY_TYPES } from '../../src/neo4j/rows.js';

export const CYPHER_DIR = new URL('../../cypher/', import.meta.url).pathname;

export interface CypherFile {
  name: string;
  text: string;
  /** The comment lines at the top: what the query answers. */
  description: string;
  /** Parameter name → the Cypher expression after `=>`. */
  params: Record<string, string>;
  statements: string[];
}

const PARAM_LINE = /^:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(.+?);?\s*$/;

export function parseCypherFile(name: string, text: string): CypherFile {
  const params: Record<string, string> = {};
  const body: string[] = [];
  const description: string[] = [];
  let inHeader = true;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed.startsWith('//')) {
      if (inHeader) description.push(trimmed.replace(/^\/\/\s?/, ''));
      continue;
    }
    inHeader = false;
    const param = PARAM_LINE.exec(trimmed);
    if (param) {
      params[param[1]!] = param[2]!;
      continue;
    }
    body.push(line);
  }
  const statements = body
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  return { name, text, description: description.join(' '), params, statements };
}

export function readCypherFiles(): CypherFile[] {
  return readdirSync(CYPHER_DIR)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => parseCypherFile(f, readFileSync(join(CYPHER_DIR, f), 'utf8')));
}

/** What the linter may assume exists: kg's closed lists and property names. */
export function kgDbSchema(parameters: Record<string, unknown> = {}) {
  return {
    labels: ['Entity', 'Document', ...ENTITY_TYPES],
    relationshipTypes: [...RELATIONS, MENTIONS],
    // plus the fields of a load row map, which the linter cannot tell from properties
    propertyKeys: [...Object.keys(PROPERTY_TYPES), 'props', 'source', 'target'],
    parameters,
  };
}

export interface LintProblem {
  severity: 'error' | 'warning';
  message: string;
  line: number;
}

/** Errors and warnings from lintCypherQuery (severity 1 and 2). */
export function lintWhole(cypher: string, parameters: Record<string, unknown> = {}): LintProblem[] {
  const { diagnostics } = lintCypherQuery(cypher, kgDbSchema(parameters));
  return diagnostics
    .filter((d) => d.severity === 1 || d.severity === 2)
    .map((d) => ({ severity: d.severity === 1 ? 'error' : 'warning', message: typeof d.message === 'string' ? d.message : d.message.value, line: d.range.start.line + 1 }));
}

const ROOT = new URL('../../', import.meta.url).pathname;
const LINTER_VERSION = (JSON.parse(readFileSync(join(ROOT, 'node_modules', '@neo4j-cypher', 'language-support', 'package.json'), 'utf8')) as { version: string }).version;
/**
 * The linter's verdicts, kept across runs of this checkout: the linter takes 0.3–0.8 s per
 * statement, and the suites lint the same statements again and again (the schema heads every
 * Cypher export, the --dry-run output repeats the load statements) and run after run. A
 * verdict is filed under everything it depends on: the linter's version, how lintWhole reads
 * its answer, the schema and parameters it is given, and the statement's text; a changed
 * statement is linted afresh. In the system's temporary folder, beside the extraction cache of
 * the CLI tests (test/support/run-kg.ts), not in node_modules/.cache: `npm ci`, which CI runs
 * before every test run, deleted them with node_modules, and each run linted ~140 statements
 * again (~10 CPU-s) to the same verdicts. A new machine (or a cleared /tmp) lints them all.
 */
const LINT_CACHE_DIR = join(tmpdir(), 'kg-test-cypher-lint');
/** How a verdict is made from the linter's answer (which severities, what fields): a change to lintWhole files verdicts anew. */
const VERDICT_RULES = createHash('sha256').update(lintWhole.toString()).digest('hex');
const statementProblems = new Map<string, readonly LintProblem[]>();
let linted = 0;

/** How many statements the linter itself analysed in this worker (the rest came from the cache). */
export function statementsLinted(): number {
  return linted;
}

function statementProblemsOf(statement: string, parameters: Record<string, unknown>): readonly LintProblem[] {
  const key = createHash('sha256').update(`${LINTER_VERSION}\0${VERDICT_RULES}\0${JSON.stringify(kgDbSchema(parameters))}\0${statement}`).digest('hex');
  let found = statementProblems.get(key);
  if (found) return found;
  const file = join(LINT_CACHE_DIR, `${key}.json`);
  try {
    found = JSON.parse(readFileSync(file, 'utf8')) as LintProblem[];
  } catch {
    found = lintWhole(statement, parameters);
    linted++;
    try {
      mkdirSync(LINT_CACHE_DIR, { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify(found));
      renameSync(temp, file);
    } catch {
      // A folder we cannot write only costs the next run the linting.
    }
  }
  statementProblems.set(key, found);
  return found;
}

/**
 * lintWhole's answer, statement by statement. The linter splits a script into statements
 * with its own lexer and analyses each on its own (createParsingResult in
 * @neo4j-cypher/language-support), so a statement's problems do not depend on the statements
 * around it, only on its text and the declared parameters; they are cached under those and
 * moved to the statement's line. A script the lexer cannot split back into its exact text
 * (an unterminated string or comment) is linted whole.
 */
export function lint(cypher: string, parameters: Record<string, unknown> = {}): LintProblem[] {
  const statements = parseStatementsStrs(cypher);
  const joined = statements.join('');
  if (!cypher.startsWith(joined) || cypher.slice(joined.length).trim() !== '') return lintWhole(cypher, parameters);
  const problems: LintProblem[] = [];
  let line = 0;
  for (const statement of statements) {
    for (const p of statementProblemsOf(statement, parameters)) problems.push({ ...p, line: p.line + line });
    line += statement.split('\n').length - 1;
  }
  return problems;
}
