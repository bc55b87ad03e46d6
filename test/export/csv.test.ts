import { describe, expect, it } from 'vitest';
import { toNeo4jAdminCsv } from '../../src/export/csv.js';
import { factViews, entityViews, documentViews } from '../../src/snapshot/views.js';
import { fixtureSnapshot, HOSTILE_NAME, HOSTILE_SENTENCE, hostileSnapshot } from '../neo4j/snapshots.js';

/** RFC 4180 reader, as neo4j-admin reads with --multiline-fields=true. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else field += c;
  }
  return rows;
}

function table(text: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(text);
  for (const r of rows) expect(r.length).toBe(header!.length);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}

describe('toNeo4jAdminCsv', () => {
  const { files, command } = toNeo4jAdminCsv(fixtureSnapshot());

  it('writes typed import headers for nodes and relationships', () => {
    expect(files['nodes_Entity.csv']!.split('\n')[0]).toBe('id:ID,:LABEL,name,type,aliases:string[],languages:string[],aliasesByLang,mentions:int');
    expect(files['nodes_Document.csv']!.split('\n')[0]).toBe('id:ID,:LABEL,path,lang,title,sha256');
    expect(files['rels_MENTIONS.csv']!.split('\n')[0]).toBe(':START_ID,:END_ID,:TYPE,key,count:int');
    const invested = files['rels_INVESTED_IN.csv']!.split('\n')[0]!.split(',');
    expect(invested.slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
    expect(invested).toEqual(expect.arrayContaining(['amount:double', 'stake:double', 'currency', 'evidence:string[]', 'claimAmounts:double[]', 'claimStarts:int[]', 'conflict:boolean']));
    expect(files['rels_PLANS_SPENDING.csv']!.split('\n')[0]).toContain('year:int');
  });

  it('contains every node and every fact edge of the snapshot', () => {
    const s = fixtureSnapshot();
    const entities = table(files['nodes_Entity.csv']!);
    expect(entities.map((e) => e['id:ID']).sort()).toEqual(entityViews(s).map((e) => e.key).sort());
    expect(table(files['nodes_Document.csv']!).map((d) => d['id:ID']).sort()).toEqual(documentViews(s).map((d) => d.key).sort());
    const facts = Object.entries(files)
      .filter(([name]) => name.startsWith('rels_') && name !== 'rels_MENTIONS.csv')
      .flatMap(([, text]) => table(text));
    expect(facts.map((f) => f.key).sort()).toEqual(factViews(s).map((f) => f.key).sort());
    for (const f of facts) expect(f[':TYPE']).toBe(f.key!.split(':')[0]);
    expect(table(files['rels_MENTIONS.csv']!)).toHaveLength(8);
  });

  it('labels entities Entity plus their type, and writes arrays with the delimiter', () => {
    const meta = table(files['nodes_Entity.csv']!).find((e) => e['id:ID'] === 'organization:meta')!;
    expect(meta[':LABEL']).toBe('Entity;Organization');
    expect(meta['aliases:string[]']!.split(';')).toEqual(['Meta', 'Meta Platforms', "Meta'nın", 'ميتا']);
    const invest = table(files['rels_INVESTED_IN.csv']!)[0]!;
    expect(invest['claimAmounts:double[]']).toBe('14300000000;14000000000');
    expect(invest['claimStakes:double[]']).toBe('0.49;NaN');
  });

  it('quotes commas, quotes, newlines and keeps Arabic text as it is', () => {
    const hostile = toNeo4jAdminCsv(hostileSnapshot());
    const scale = table(hostile.files['nodes_Entity.csv']!).find((e) => e['id:ID'] === 'organization:scale-ai')!;
    expect(scale.name).toBe(HOSTILE_NAME);
    const doc = table(hostile.files['nodes_Document.csv']!).find((d) => d['id:ID'] === 'doc:aaaaaaaaaaaaaaaa')!;
    expect(doc.title).toBe(HOSTILE_NAME);
    const invest = table(hostile.files['rels_INVESTED_IN.csv']!)[0]!;
    expect(invest['evidence:string[]']).toContain(HOSTILE_SENTENCE);
    const ar = table(hostile.files['nodes_Document.csv']!).find((d) => d['id:ID'] === 'doc:cccccccccccccccc')!;
    expect(ar.title).toBe('ميتا تستثمر');
  });

  it('picks an array delimiter that occurs in no array element, and says so in the command', () => {
    expect(command).toContain("--array-delimiter=';'");
    // The hostile snapshot has ';' and '|' inside aliases and sentences.
    const hostile = toNeo4jAdminCsv(hostileSnapshot());
    expect(hostile.command).toContain('--array-delimiter=U+001F');
    const scale = table(hostile.files['nodes_Entity.csv']!).find((e) => e['id:ID'] === 'organization:scale-ai')!;
    expect(scale['aliases:string[]']!.split('\u001f')).toEqual(['Scale AI', 'Scale', HOSTILE_NAME, 'a|b']);
    expect(scale[':LABEL']).toBe('Entity\u001fOrganization');
  });

  it('gives the full neo4j-admin import command naming every file', () => {
    expect(command.startsWith('neo4j-admin database import full ')).toBe(true);
    expect(command).toContain('--multiline-fields=true');
    for (const name of Object.keys(files)) {
      expect(command).toContain(name.startsWith('nodes_') ? `--nodes=${name}` : `--relationships=${name}`);
    }
    // The database name before the file options: after them neo4j-admin 5.26 reads it as one more file.
    // A new database, never the default one, and nothing overwritten if pasted as printed.
    expect(command.startsWith('neo4j-admin database import full kg ')).toBe(true);
    expect(command).not.toContain('--overwrite-destination');
    expect(command).not.toMatch(/ neo4j( |$)/);
  });
});
