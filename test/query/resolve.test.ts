import { describe, expect, it } from 'vitest';
import { ar } from '../../src/query/lang/ar.js';
import { en } from '../../src/query/lang/en.js';
import { fr } from '../../src/query/lang/fr.js';
import { tr } from '../../src/query/lang/tr.js';
import { AmbiguousEntityError, UnknownEntityError } from '../../src/query/errors.js';
import { mentionCandidates, resolveMention, resolveOrThrow } from '../../src/query/resolve.js';
import { SnapshotBackend } from '../../src/query/snapshot-backend.js';
import type { Snapshot } from '../../src/snapshot/index.js';
import { fixtureBackend, fixtureSnapshot } from './helpers.js';

const backend = fixtureBackend();

describe('mentionCandidates', () => {
  it('strips Turkish case endings after the apostrophe', () => {
    expect(mentionCandidates("Scale AI'a", tr)).toEqual(["Scale AI'a", 'Scale AI']);
    expect(mentionCandidates("Meta'nın", tr)).toContain('Meta');
  });

  it('strips Arabic proclitics and cue words, longest candidate first', () => {
    expect(mentionCandidates('لميتا', ar).slice(0, 2)).toEqual(['لميتا', 'ميتا']);
    expect(mentionCandidates('لشركة ميتا', ar)).toContain('ميتا');
  });

  it('strips French elision and English possessives', () => {
    expect(mentionCandidates("d'OpenAI", fr)).toContain('OpenAI');
    expect(mentionCandidates("Meta's", en)).toContain('Meta');
  });
});

describe('resolveMention', () => {
  it.each([
    ['لميتا', ar, 'organization:meta'],
    ['لشركة ميتا', ar, 'organization:meta'],
    ["Scale AI'a", tr, 'organization:scale-ai'],
    ["Meta'nın", tr, 'organization:meta'],
    ['زوكربيرغ', ar, 'person:mark-zuckerberg'],
    ['the company Meta', en, 'organization:meta'],
  ])('%s resolves to %s', async (raw, lang, key) => {
    const r = await resolveMention(backend, raw, { lang });
    expect(r.status === 'found' && r.match.entity.key).toBe(key);
  });

  it('reads a clitic as a clitic before it reads it as a typo', async () => {
    const r = await resolveMention(backend, 'لميتا', { lang: ar });
    // The matcher strips the proclitic itself (src/resolve/names.ts queryForms), so the raw name is the candidate.
    expect(r).toMatchObject({ status: 'found', match: { tier: 'alias', matched: 'ميتا' } });
  });

  it('reports an unknown name with suggestions', async () => {
    await expect(resolveOrThrow(backend, 'Zuckerberg', { lang: en })).rejects.toMatchObject({
      code: 'E_UNKNOWN_ENTITY',
      hint: expect.stringContaining('Mark Zuckerberg'),
    });
    await expect(resolveOrThrow(backend, 'Acme Rockets')).rejects.toBeInstanceOf(UnknownEntityError);
  });

  it('names the candidates when a name fits two entities, and picks by type when the question says which', async () => {
    const snapshot = fixtureSnapshot();
    const twin: Snapshot = {
      ...snapshot,
      nodes: [
        ...snapshot.nodes,
        {
          key: 'product:meta',
          attributes: { kind: 'entity', name: 'Meta', type: 'Product', aliases: ['Meta'], languages: [], aliasesByLang: {}, mentions: 1 },
        },
      ],
    };
    const twins = new SnapshotBackend(twin);
    const err = await resolveOrThrow(twins, 'Meta').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AmbiguousEntityError);
    expect((err as Error).message).toContain('organization:meta');
    expect((err as Error).message).toContain('product:meta');
    const byType = await resolveMention(twins, 'Meta', { types: ['Organization', 'Person'] });
    expect(byType.status === 'found' && byType.match.entity.key).toBe('organization:meta');
  });
});
