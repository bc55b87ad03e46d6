/**
 * A measure of resolution left undone: pairs of entities of one type that are probably one
 * real-world entity. A pair counts when
 * - `same-name`: their names or aliases have the same match key (names.ts: case, diacritics,
 *   Turkish ı/İ, legal forms folded);
 * - `transliteration`: an Arabic-script name of one and a Latin-script name of the other have
 *   the same consonant skeleton (transliterate.ts), at least SHORT_SKELETON letters long;
 * - `contains`: the name of one holds the other's whole name as words ("Veltra" and
 *   "Veltra Systems"; "Varga" and "Lena Varga").
 * Topics are left out (they are spending areas, not things with names). Printed by
 * `kg build --verbose` and `kg eval`.
 */
import { isArabicScript } from '../extract/normalize.js';
import { matchKey, type NameRules } from './names.js';
import { arabicSkeleton, latinSkeleton, SHORT_SKELETON } from './transliterate.js';

export type DuplicateReason = 'same-name' | 'transliteration' | 'contains';

export interface DuplicateEntity {
  key: string;
  name: string;
  type: string;
  aliases: readonly string[];
}

export interface DuplicatePair {
  a: string;
  b: string;
  type: string;
  reason: DuplicateReason;
  /** The two names that match, one of each entity. */
  names: [string, string];
}

/** Pairs of probable duplicates, each pair once (a < b by key), strongest reason first. */
export function findDuplicates(entities: readonly DuplicateEntity[], rules: NameRules): DuplicatePair[] {
  const found = new Map<string, DuplicatePair>();
  const add = (x: DuplicateEntity, y: DuplicateEntity, reason: DuplicateReason, nx: string, ny: string) => {
    if (x.key === y.key) return;
    const [a, b, na, nb] = x.key < y.key ? [x, y, nx, ny] : [y, x, ny, nx];
    const id = `${a.key}\u0000${b.key}`;
    if (!found.has(id)) found.set(id, { a: a.key, b: b.key, type: a.type, reason, names: [na, nb] });
  };
  const byType = new Map<string, DuplicateEntity[]>();
  for (const e of entities) {
    if (e.type === 'Topic') continue;
    const list = byType.get(e.type) ?? [];
    list.push(e);
    byType.set(e.type, list);
  }
  for (const list of byType.values()) {
    // Same key.
    const byKey = new Map<string, Array<{ e: DuplicateEntity; n: string }>>();
    const skeletons = new Map<string, { latin: Array<{ e: DuplicateEntity; n: string }>; arabic: Array<{ e: DuplicateEntity; n: string }> }>();
    for (const e of list) {
      for (const n of new Set([e.name, ...e.aliases])) {
        const k = matchKey(n, rules);
        if (!k) continue;
        const l = byKey.get(k) ?? [];
        l.push({ e, n });
        byKey.set(k, l);
        const arabic = isArabicScript(n);
        const sk = arabic ? arabicSkeleton(k) : latinSkeleton(k);
        if (sk.length < SHORT_SKELETON) continue;
        const s = skeletons.get(sk) ?? { latin: [], arabic: [] };
        (arabic ? s.arabic : s.latin).push({ e, n });
        skeletons.set(sk, s);
      }
    }
    for (const l of byKey.values()) for (let i = 0; i < l.length; i++) for (let j = i + 1; j < l.length; j++) add(l[i].e, l[j].e, 'same-name', l[i].n, l[j].n);
    for (const s of skeletons.values()) for (const x of s.arabic) for (const y of s.latin) add(x.e, y.e, 'transliteration', x.n, y.n);
    // Containment of the display names as whole words, blocked by each word of the shorter name.
    const words = list.map((e) => ({ e, ws: matchKey(e.name, rules).split(' ').filter(Boolean) }));
    const byWord = new Map<string, typeof words>();
    for (const w of words) for (const t of new Set(w.ws)) byWord.set(t, [...(byWord.get(t) ?? []), w]);
    for (const short of words) {
      if (short.ws.length === 0) continue;
      for (const long of byWord.get(short.ws[0]) ?? []) {
        if (long.ws.length <= short.ws.length) continue;
        const at = long.ws.findIndex((_, i) => short.ws.every((t, k) => long.ws[i + k] === t));
        if (at >= 0) add(short.e, long.e, 'contains', short.e.name, long.e.name);
      }
    }
  }
  const order: Record<DuplicateReason, number> = { 'same-name': 0, transliteration: 1, contains: 2 };
  return [...found.values()].sort((x, y) => order[x.reason] - order[y.reason] || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}

/** "3 probable duplicate pairs (1 same-name, 2 contains)" and one line per pair. */
export function formatDuplicates(pairs: readonly DuplicatePair[], names: ReadonlyMap<string, string>, limit = Infinity): string[] {
  const counts = { 'same-name': 0, transliteration: 0, contains: 0 };
  for (const p of pairs) counts[p.reason]++;
  const lines = [
    `duplicates ${pairs.length} probable pair${pairs.length === 1 ? '' : 's'} of one type (${counts['same-name']} same name, ${counts.transliteration} transliteration, ${counts.contains} name inside name)`,
  ];
  for (const p of pairs.slice(0, limit)) lines.push(`  ${p.type}: ${names.get(p.a) ?? p.a} ~ ${names.get(p.b) ?? p.b} (${p.reason}: "${p.names[0]}" / "${p.names[1]}")`);
  if (pairs.length > limit) lines.push(`  … and ${pairs.length - limit} more`);
  return lines;
}
