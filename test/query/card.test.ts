import { describe, expect, it } from 'vitest';
import { buildEntityCard } from '../../src/query/card.js';
import { renderCard } from '../../src/query/render.js';
import { resolveOrThrow } from '../../src/query/resolve.js';
import { fixtureBackend } from './helpers.js';

const backend = fixtureBackend();

async function card(name: string) {
  return buildEntityCard(backend, (await resolveOrThrow(backend, name)).entity);
}

describe('entity card', () => {
  it('groups every fact in and out by relation and direction', async () => {
    const c = await card('ميتا');
    expect(c.entity.key).toBe('organization:meta');
    expect(c.groups.map((g) => `${g.relation}/${g.direction}`)).toEqual(['INVESTED_IN/out', 'CEO_OF/in', 'PLANS_SPENDING/out']);
    expect(c.documents).toBe(3);
  });

  it('renders type, aliases by language, formatted qualifiers, source counts and each claim with its document', async () => {
    const text = renderCard(await card('Meta'));
    expect(text).toMatch(/^Meta — Organization \(organization:meta\)/);
    expect(text).toContain('  ar: ميتا');
    expect(text).toContain('  de: Meta, Meta Platforms');
    expect(text).toContain('Scale AI — US$14.3 billion, 49% stake, valued at US$29 billion · 2 sources · sources disagree');
    expect(text).toContain('CEO (← CEO_OF)');
    expect(text).toContain('— seeds/tr.txt  [US$14 billion]');
    // A claim that agrees with the consolidated fact needs no note.
    expect(text).not.toContain('seeds/de.txt  [');
    expect(text).toContain('“وقد أعلن مارك زوكربيرغ');
  });

  it('shows the interim qualifier on the CEO fact of the company', async () => {
    expect(renderCard(await card('scale ai'))).toContain('Jason Droege — interim · 1 source');
  });
});
