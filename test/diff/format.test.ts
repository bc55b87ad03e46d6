import { describe, expect, it } from 'vitest';
import { diffSnapshots } from '../../src/diff/diff.js';
import { formatDiffText } from '../../src/diff/format.js';
import { changedSnapshot, smallSnapshot } from './fixtures.js';

describe('formatDiffText', () => {
  const text = formatDiffText(diffSnapshots(smallSnapshot(), changedSnapshot()), { old: 'old.json', new: 'new.json' });

  it('shows a moved amount as money, old → new', () => {
    expect(text).toContain('~ Meta INVESTED_IN Scale AI');
    expect(text).toContain('amount: US$14.3 billion → US$15 billion');
  });

  it('shows the new claim with its language, sentence and rule', () => {
    expect(text).toMatch(/\+ claim \[de\] “Meta steckt 15 Milliarden Dollar in Scale AI\.” amount US\$15 billion; doc:dddddddddddddddd 10-55, rule de\.invest\.stecken/);
  });

  it('lists added and removed entities and facts with a summary line', () => {
    expect(text).toContain('+ Google (Organization, organization:google)');
    expect(text).toContain('+ doc:dddddddddddddddd seeds/new.txt (de) “Neu”');
    expect(text).toContain('- Jason Droege (Person, person:jason-droege)');
    expect(text).toContain('+ Google COMPETES_WITH Meta');
    expect(text).toContain('- Jason Droege CEO_OF Scale AI  interim true  (1 claim)');
    expect(text.split('\n')[1]).toBe(
      'documents +1 -0 · entities +1 -1 ~1 · facts +1 -1 ~1 (1 qualifier changes, 1 new claims, 0 claims gone)',
    );
  });

  it('says so when nothing changed', () => {
    expect(formatDiffText(diffSnapshots(smallSnapshot(), smallSnapshot()))).toBe('No changes: same documents, entities, facts, qualifiers and claims.\n');
  });

  it('does not pass terminal control sequences from articles through', () => {
    const s = changedSnapshot();
    const google = s.nodes.find((n) => n.key === 'organization:google')!.attributes;
    if (google.kind === 'entity') google.name = 'Goo\u001b[31mgle';
    const out = formatDiffText(diffSnapshots(smallSnapshot(), s));
    expect(out).not.toContain('\u001b');
    expect(out).toContain('Goo [31mgle');
  });
});
