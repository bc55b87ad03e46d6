import { describe, expect, it } from 'vitest';
import { SCRIPT_BATCH_SIZE, toCypherScript } from '../../src/export/cypher.js';
import { cypherFloat, cypherString } from '../../src/neo4j/literal.js';
import { graphRows, PROPERTY_TYPES } from '../../src/neo4j/rows.js';
import { allLoadStatementTexts, loadStatements, SCHEMA_STATEMENTS } from '../../src/neo4j/statements.js';
import { scriptStatements } from '../neo4j/db-helpers.js';
import { fixtureSnapshot, HOSTILE_NAME, HOSTILE_SENTENCE, hostileSnapshot } from '../neo4j/snapshots.js';

/** A reader for the literals the script uses, typed: {int: n} vs {float: n}. */
function parseLiteral(text: string): unknown {
  let i = 0;
  const ws = () => {
    while (/\s/.test(text[i] ?? '')) i++;
  };
  const value = (): unknown => {
    ws();
    const ch = text[i];
    if (ch === '[') {
      i++;
      const out: unknown[] = [];
      ws();
      if (text[i] === ']') return i++, out;
      for (;;) {
        out.push(value());
        ws();
        if (text[i++] === ']') return out;
      }
    }
    if (ch === '{') {
      i++;
      const out: Record<string, unknown> = {};
      ws();
      if (text[i] === '}') return i++, out;
      for (;;) {
        ws();
        const key = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i))![0];
        i += key.length;
        ws();
        i++; // :
        out[key] = value();
        ws();
        if (text[i++] === '}') return out;
      }
    }
    if (ch === "'") {
      i++;
      let s = '';
      for (;;) {
        const c = text[i++]!;
        if (c === "'") return s;
        if (c !== '\\') {
          s += c;
          continue;
        }
        const e = text[i++]!;
        if (e === 'u') {
          s += String.fromCharCode(parseInt(text.slice(i, i + 4), 16));
          i += 4;
        } else s += ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[e] ?? e;
      }
    }
    if (text.startsWith('0.0/0.0', i)) return (i += 7), { float: Number.NaN };
    if (text.startsWith('true', i)) return (i += 4), true;
    if (text.startsWith('false', i)) return (i += 5), false;
    const num = /^-?[0-9.]+(e-?[0-9]+)?/.exec(text.slice(i))![0];
    i += num.length;
    return /[.e]/.test(num) ? { float: Number(num) } : { int: Number(num) };
  };
  const v = value();
  return v;
}

/** Rows with numbers typed the way PROPERTY_TYPES says Neo4j stores them. */
function typedRows(rows: ReadonlyArray<{ props: Record<string, unknown> }>): unknown[] {
  return rows.map((row) => ({
    ...row,
    props: Object.fromEntries(
      Object.entries(row.props).map(([k, v]) => {
        const isInt = PROPERTY_TYPES[k]!.startsWith('int');
        const t = (x: unknown) => (typeof x === 'number' ? (isInt ? { int: x } : { float: x }) : x);
        return [k, Array.isArray(v) ? v.map(t) : t(v)];
      }),
    ),
  }));
}

describe('toCypherScript', () => {
  it('starts with the schema, then loads with kg load’s own statements in kg load’s order', () => {
    const statements = scriptStatements(toCypherScript(fixtureSnapshot()));
    expect(statements.slice(0, SCHEMA_STATEMENTS.length)).toEqual([...SCHEMA_STATEMENTS]);
    const loads = statements.filter((s) => s.startsWith('UNWIND'));
    const known = new Set(allLoadStatementTexts());
    const asParam = loads.map((s) => s.replace(/^UNWIND \[[\s\S]*\n\] AS row/, 'UNWIND $rows AS row'));
    for (const s of asParam) expect(known.has(s), s).toBe(true);
    expect(asParam).toEqual(loadStatements(graphRows(fixtureSnapshot())).map((s) => s.cypher));
  });

  it('inlines exactly the rows kg load sends, integers as integers and amounts as floats', () => {
    const snapshot = hostileSnapshot();
    const statements = scriptStatements(toCypherScript(snapshot)).filter((s) => s.startsWith('UNWIND'));
    const planned = loadStatements(graphRows(snapshot));
    expect(statements).toHaveLength(planned.length);
    statements.forEach((s, n) => {
      const literal = /^UNWIND (\[[\s\S]*\n\]) AS row/.exec(s)![1]!;
      const parsed = parseLiteral(literal) as unknown[];
      const expected = typedRows(planned[n]!.rows);
      // NaN is not equal to itself; compare it as text.
      expect(JSON.stringify(parsed, (_k, v) => (Number.isNaN(v) ? 'NaN' : v))).toBe(
        JSON.stringify(expected, (_k, v) => (Number.isNaN(v) ? 'NaN' : v)),
      );
    });
  });

  it('keeps hostile article text inside its string literal', () => {
    const script = toCypherScript(hostileSnapshot());
    expect(script).toContain(cypherString(HOSTILE_NAME));
    expect(script).toContain(cypherString(HOSTILE_SENTENCE));
    expect(cypherString(HOSTILE_NAME)).toBe(`'O\\'Brien "Bob" \\\\ Co; Ltd,\\nx\\'}) DETACH DELETE n //'`);
    expect(cypherString('a\u0001b\u2028ميتا')).toBe("'a\\u0001b\\u2028ميتا'");
    // No line of the script starts with text from an article.
    for (const line of script.split('\n')) expect(line.startsWith('x')).toBe(false);
  });

  it('writes floats Cypher can read, NaN included', () => {
    expect(cypherFloat(14.3e9)).toBe('14300000000.0');
    expect(cypherFloat(0.49)).toBe('0.49');
    expect(cypherFloat(1e21)).toBe('1e21');
    expect(cypherFloat(Number.NaN)).toBe('0.0/0.0');
  });

  it('splits long node lists into statements of at most SCRIPT_BATCH_SIZE rows', () => {
    const snapshot = fixtureSnapshot();
    const template = snapshot.nodes.find((n) => n.key === 'doc:aaaaaaaaaaaaaaaa')!;
    for (let i = 0; i < SCRIPT_BATCH_SIZE + 5; i++) {
      snapshot.nodes.push({ key: `doc:${String(i).padStart(16, '0')}`, attributes: template.attributes });
    }
    const docs = scriptStatements(toCypherScript(snapshot)).filter((s) => s.includes('MERGE (d:Document'));
    expect(docs).toHaveLength(2);
  });
});
