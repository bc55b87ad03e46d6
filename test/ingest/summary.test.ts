import { describe, expect, it } from 'vitest';
import { describeSkipped } from '../../src/ingest/summary.js';

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
});
