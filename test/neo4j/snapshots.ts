/** Snapshots for the Neo4j tests, derived from the checked-in fixture. */
import { readFileSync } from 'node:fs';
import { parseSnapshot } from '../../src/snapshot/io.js';
import type { Snapshot } from '../../src/snapshot/schema.js';

export const FIXTURE_PATH = new URL('../fixtures/snapshot.small.json', import.meta.url).pathname;

export function fixtureSnapshot(): Snapshot {
  return parseSnapshot(JSON.parse(readFileSync(FIXTURE_PATH, 'utf8')), FIXTURE_PATH);
}

/**
 * The fixture as a later build would see it: a third document restates the investment
 * (a new claim on the same edge) and a new fact appears (Wang FOUNDED Scale AI).
 */
export function newerSnapshot(): Snapshot {
  const s = fixtureSnapshot();
  s.nodes.push({
    key: 'doc:dddddddddddddddd',
    attributes: { kind: 'document', path: 'seeds/nl.txt', lang: 'nl', title: 'Meta investeert', sha256: 'd'.repeat(64) },
  });
  const invest = s.edges.find((e) => e.key === 'INVESTED_IN:organization:meta->organization:scale-ai')!;
  if (invest.attributes.kind !== 'fact') throw new Error('fixture changed');
  invest.attributes.claims.push({
    doc: 'doc:dddddddddddddddd',
    sentence: 'Meta investeert 14,3 miljard dollar in Scale AI.',
    start: 0,
    end: 48,
    lang: 'nl',
    ruleId: 'nl.invest.verb-in',
    confidence: 0.9,
    amount: 14.3e9,
    currency: 'USD',
  });
  invest.attributes.sources = 3;
  s.edges.push({
    key: 'FOUNDED:person:alexandr-wang->organization:scale-ai',
    source: 'person:alexandr-wang',
    target: 'organization:scale-ai',
    attributes: {
      kind: 'fact',
      type: 'FOUNDED',
      symmetric: false,
      conflict: false,
      sources: 1,
      confidence: 0.8,
      claims: [
        { doc: 'doc:dddddddddddddddd', sentence: 'Wang richtte Scale AI op.', start: 49, end: 74, lang: 'nl', ruleId: 'nl.found', confidence: 0.8 },
      ],
    },
  });
  return parseSnapshot(s);
}

/** Text an article might contain that breaks naive quoting, in names, titles and evidence. */
export const HOSTILE_NAME = `O'Brien "Bob" \\ Co; Ltd,\nx'}) DETACH DELETE n //`;
export const HOSTILE_SENTENCE = 'Er sagte: "14,3 Mrd.; \'genug\'"\r\nund ging.\tEnde \u0001 ميتا';

export function hostileSnapshot(): Snapshot {
  const s = fixtureSnapshot();
  for (const n of s.nodes) {
    if (n.key === 'organization:scale-ai' && n.attributes.kind === 'entity') {
      n.attributes.name = HOSTILE_NAME;
      n.attributes.aliases.push(HOSTILE_NAME, 'a|b');
    }
    if (n.key === 'doc:aaaaaaaaaaaaaaaa' && n.attributes.kind === 'document') n.attributes.title = HOSTILE_NAME;
  }
  for (const e of s.edges) {
    if (e.attributes.kind === 'fact' && e.attributes.type === 'INVESTED_IN') e.attributes.claims[0]!.sentence = HOSTILE_SENTENCE;
  }
  return parseSnapshot(s);
}
