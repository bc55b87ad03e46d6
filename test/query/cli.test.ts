/** `kg ask` and `kg entity` run in-process through main(), as a user would run them. */
import { describe, expect, it } from 'vitest';
import { runKg } from '../support/run-kg.js';
import { en } from '../../src/query/lang/en.js';
import { FIXTURE_PATH } from './helpers.js';

const kg = (...argv: string[]) => runKg(argv);

const SNAP = ['--snapshot', FIXTURE_PATH];

describe('kg ask', () => {
  it('answers with the entities, the amounts and the documents behind them', async () => {
    const r = await kg('ask', 'Who invested in Scale AI?', ...SNAP);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Meta — US$14.3 billion (1 source) and US$14 billion (1 source)');
    expect(r.stdout).toContain('seeds/de.txt');
    expect(r.stdout).toContain('seeds/tr.txt');
  });

  it('takes the question unquoted, in any of the languages', async () => {
    const r = await kg('ask', 'من', 'هو', 'الرئيس', 'التنفيذي', 'لميتا؟', ...SNAP);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Mark Zuckerberg');
  });

  it('--json gives the typed answer, claims and document paths included', async () => {
    const r = await kg('ask', "Scale AI'a kim yatırım yaptı?", '--json', ...SNAP);
    const answer = JSON.parse(r.stdout);
    expect(answer).toMatchObject({ intent: 'investors', lang: 'tr', entities: [{ key: 'organization:scale-ai' }] });
    expect(answer.lines[0].entity.name).toBe('Meta');
    expect(answer.lines[0].fact.claims.map((c: { path: string }) => c.path)).toEqual(['seeds/de.txt', 'seeds/tr.txt']);
  });

  it('does not guess at a question it cannot parse: two lines on stderr and exit 1, before reading any graph; --help has every form', async () => {
    const r = await kg('ask', 'Why is the sky blue?', '--snapshot', 'does/not/exist.json');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('E_UNPARSED_QUESTION');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(2);
    expect(r.stderr).toContain('kg entity NAME');
    const help = await kg('ask', '--help');
    for (const example of Object.values(en.examples)) expect(help.stdout).toContain(example);
    expect(help.stdout).toContain('Wer hat in Scale AI investiert?');
  });

  it('an unknown entity exits 1 with "did you mean"', async () => {
    const r = await kg('ask', 'Who is the CEO of Zuckerberg Inc?', ...SNAP);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('E_UNKNOWN_ENTITY');
    expect(r.stderr).toContain('Did you mean: Mark Zuckerberg?');
  });

  it('says where to get a snapshot when there is none', async () => {
    const r = await kg('ask', 'Who invested in Scale AI?', '--snapshot', 'does/not/exist.json');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('E_SNAPSHOT');
    expect(r.stderr).toContain('kg build');
  });

  it('refuses two backends at once', async () => {
    const r = await kg('ask', 'Who invested in Scale AI?', '--neo4j', ...SNAP);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('E_USAGE');
  });
});

describe('kg entity', () => {
  it('finds Meta by its Arabic name and prints its card with sources', async () => {
    const r = await kg('entity', 'ميتا', ...SNAP);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Meta — Organization/);
    expect(r.stdout).toContain('Invested in (INVESTED_IN →)');
    expect(r.stdout).toContain('“Die Investition von 14,3 Milliarden');
  });

  it('takes a name of several words unquoted, forgives a typo and says so', async () => {
    const r = await kg('entity', 'Alexander', 'Wang', ...SNAP);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Alexandr Wang — Person/);
    expect(r.stderr).toContain('showing Alexandr Wang');
  });

  it('--json gives the card with how the name matched', async () => {
    const card = JSON.parse((await kg('entity', 'scale ai', '--json', ...SNAP)).stdout);
    expect(card.match.tier).toBe('normalised');
    expect(card.entity.key).toBe('organization:scale-ai');
    expect(card.groups.map((g: { relation: string; direction: string }) => `${g.direction} ${g.relation}`)).toEqual(['in INVESTED_IN', 'in CEO_OF', 'in BOARD_MEMBER_OF']);
  });

  it('--lang writes the card in one of the answer languages; another code is a usage error', async () => {
    const r = await kg('entity', 'Scale AI', '--lang', 'de', ...SNAP);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Investoren (← INVESTED_IN)');
    const bad = await kg('entity', 'Scale AI', '--lang', 'xx', ...SNAP);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('E_USAGE');
    expect(bad.stderr).toContain('en, de, nl, tr, ar, fr, es');
  });

  it('an unknown name exits 1 with suggestions', async () => {
    const r = await kg('entity', 'Zuckerberg', ...SNAP);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Did you mean: Mark Zuckerberg?');
  });
});
