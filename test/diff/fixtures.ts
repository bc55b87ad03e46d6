/** Two snapshots for the diff tests: the small fixture and a copy edited the way a rebuild changes it. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseSnapshot } from '../../src/snapshot/io.js';
import type { Snapshot } from '../../src/snapshot/schema.js';

export const SMALL_SNAPSHOT_PATH = fileURLToPath(new URL('../fixtures/snapshot.small.json', import.meta.url));

export function smallSnapshot(): Snapshot {
  return parseSnapshot(JSON.parse(readFileSync(SMALL_SNAPSHOT_PATH, 'utf8')));
}

export const NEW_CLAIM = {
  doc: 'doc:dddddddddddddddd',
  sentence: 'Meta steckt 15 Milliarden Dollar in Scale AI.',
  start: 10,
  end: 55,
  lang: 'de',
  ruleId: 'de.invest.stecken',
  confidence: 0.8,
  amount: 15e9,
  currency: 'USD',
};

/**
 * The small snapshot after a rebuild with one more article: the INVESTED_IN amount moved to
 * 15 billion with a new claim, Droege's fact and entity are gone, Google appeared with a
 * COMPETES_WITH fact, and Meta gained an alias.
 */
export function changedSnapshot(): Snapshot {
  const s = smallSnapshot();
  s.nodes.push({ key: 'doc:dddddddddddddddd', attributes: { kind: 'document', path: 'seeds/new.txt', lang: 'de', title: 'Neu', sha256: 'd'.repeat(64) } });
  s.nodes.push({
    key: 'organization:google',
    attributes: { kind: 'entity', name: 'Google', type: 'Organization', aliases: ['Google'], languages: ['de'], aliasesByLang: { de: ['Google'] }, mentions: 1 },
  });
  const meta = s.nodes.find((n) => n.key === 'organization:meta')!.attributes;
  if (meta.kind === 'entity') meta.aliases.push('Meta Inc.');
  s.nodes = s.nodes.filter((n) => n.key !== 'person:jason-droege');
  s.edges = s.edges.filter((e) => e.source !== 'person:jason-droege' && e.target !== 'person:jason-droege');
  const invested = s.edges.find((e) => e.key === 'INVESTED_IN:organization:meta->organization:scale-ai')!.attributes;
  if (invested.kind === 'fact') {
    invested.amount = 15e9;
    invested.claims.push(NEW_CLAIM);
    invested.sources = 3;
  }
  s.edges.push({
    key: 'COMPETES_WITH:organization:google->organization:meta',
    source: 'organization:google',
    target: 'organization:meta',
    attributes: {
      kind: 'fact',
      type: 'COMPETES_WITH',
      symmetric: true,
      conflict: false,
      sources: 1,
      confidence: 0.7,
      claims: [{ doc: 'doc:dddddddddddddddd', sentence: 'Meta konkurriert mit Google.', start: 60, end: 88, lang: 'de', ruleId: 'de.compete', confidence: 0.7 }],
    },
  });
  return parseSnapshot(s);
}
