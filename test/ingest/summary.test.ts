import { describe, expect, it } from 'vitest';
import { describeSkipped, explainSkipped } from '../../src/ingest/summary.js';

describe('describeSkipped', () => {
  it('says nothing when nothing was skipped', () => {
    expect(describeSkipped([])).toBe('');
  });

  it('counts files and names their kinds', () => {
    expect(describeSkipped([{ path: 'seeds/seeds.gold.json', reason: 'unsupported-extension', extension: '.json' }])).toBe(
      'skipped 1 file (.json)',
    );
    expect(
      describeSkipped([
        { path: 'a/x.json', reason: 'unsupported-extension', extension: '.json' },
        { path: 'a/.git', reason: 'hidden' },
        { path: 'a/README', reason: 'unsupported-extension', extension: '' },
        { path: 'a/y.json', reason: 'unsupported-extension', extension: '.json' },
      ]),
    ).toBe('skipped 4 files (.json ×2, hidden, no extension)');
  });

  it('says why, naming a file of each reason', () => {
    expect(explainSkipped([{ path: 'seeds/seeds.gold.json', reason: 'unsupported-extension', extension: '.json' }])).toBe(
      'skipped 1 file (.json): kg reads .txt, .md and .jsonl (seeds/seeds.gold.json)',
    );
    expect(explainSkipped([{ path: 'a/.git', reason: 'hidden' }, { path: 'a/x.json', reason: 'unsupported-extension', extension: '.json' }, { path: 'a/y.json', reason: 'unsupported-extension', extension: '.json' }])).toBe(
      'skipped 3 files (.json ×2, hidden): hidden files and folders are not read (a/.git); kg reads .txt, .md and .jsonl (a/x.json, …)',
    );
  });
});
