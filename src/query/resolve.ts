/**
 * A raw name from a question → one entity. Clitics and little words the question's language
 * writes onto names are stripped to make candidates ("لميتا" → "ميتا", "Scale AI'a" →
 * "Scale AI"); candidates are tried longest first, all of them on the strict tiers before
 * any typo is forgiven, so "لميتا" is ل + ميتا and not a misspelt ميتا.
 */
import type { EntityType } from '../model/types.js';
import { AmbiguousEntityError, UnknownEntityError } from './errors.js';
import type { QuestionLanguage } from './lang/types.js';
import { MAX_SUGGESTIONS } from './match.js';
import type { EntityMatch, QueryBackend } from './types.js';

/** How many strip steps are combined ("لشركة ميتا" = ل + شركة + ميتا needs two). */
export const MAX_STRIP_STEPS = 3;

export type Resolution =
  | { status: 'found'; match: EntityMatch; candidate: string }
  | { status: 'ambiguous'; query: string; candidates: EntityMatch[] }
  | { status: 'unknown'; query: string; suggestions: string[] };

type LanguageAffixes = Pick<QuestionLanguage, 'proclitics' | 'enclitics' | 'leadingWords' | 'trailingWords'>;

const NO_AFFIXES: LanguageAffixes = { proclitics: [], enclitics: [], leadingWords: [], trailingWords: [] };

/** The raw string and every form with affixes stripped, longest first. */
export function mentionCandidates(raw: string, lang: LanguageAffixes = NO_AFFIXES): string[] {
  const seen = new Set([raw.trim()]);
  let frontier = [raw.trim()];
  for (let step = 0; step < MAX_STRIP_STEPS; step++) {
    const next: string[] = [];
    for (const s of frontier) {
      for (const t of stripOnce(s, lang)) {
        if (t !== '' && !seen.has(t)) {
          seen.add(t);
          next.push(t);
        }
      }
    }
    frontier = next;
  }
  return [...seen].filter((s) => s !== '').sort((a, b) => [...b].length - [...a].length);
}

function stripOnce(s: string, lang: LanguageAffixes): string[] {
  const lower = s.toLowerCase();
  const out: string[] = [];
  for (const w of lang.leadingWords) if (lower.startsWith(`${w.toLowerCase()} `)) out.push(s.slice(w.length + 1).trim());
  for (const w of lang.trailingWords) if (lower.endsWith(` ${w.toLowerCase()}`)) out.push(s.slice(0, s.length - w.length - 1).trim());
  for (const p of lang.proclitics) if (lower.startsWith(p.toLowerCase()) && s.length > p.length) out.push(s.slice(p.length).trim());
  for (const e of lang.enclitics) if (lower.endsWith(e.toLowerCase()) && s.length > e.length) out.push(s.slice(0, s.length - e.length).trim());
  return out;
}

export async function resolveMention(
  backend: QueryBackend,
  raw: string,
  options: { lang?: LanguageAffixes; types?: readonly EntityType[] } = {},
): Promise<Resolution> {
  const candidates = mentionCandidates(raw, options.lang);
  const found = new Map<string, EntityMatch[]>();
  for (const c of candidates) found.set(c, await backend.findEntities(c));
  for (const strict of [true, false]) {
    for (const c of candidates) {
      const matches = (found.get(c) ?? []).filter((m) => (m.tier !== 'fuzzy' && m.tier !== 'transliterated') === strict);
      if (matches.length === 0) continue;
      const fitting = options.types ? matches.filter((m) => options.types?.includes(m.entity.type)) : matches;
      const pool = fitting.length > 0 ? fitting : matches;
      if (pool.length === 1) return { status: 'found', match: pool[0], candidate: c };
      return { status: 'ambiguous', query: raw, candidates: pool };
    }
  }
  const suggestions = new Set<string>();
  for (const c of candidates) for (const s of await backend.suggest(c)) suggestions.add(s);
  return { status: 'unknown', query: raw, suggestions: [...suggestions].slice(0, MAX_SUGGESTIONS) };
}

/** Like resolveMention, but a name that is unknown or ambiguous is an error for the user. */
export async function resolveOrThrow(
  backend: QueryBackend,
  raw: string,
  options: { lang?: LanguageAffixes; types?: readonly EntityType[] } = {},
): Promise<EntityMatch> {
  const r = await resolveMention(backend, raw, options);
  if (r.status === 'found') return r.match;
  if (r.status === 'ambiguous') throw new AmbiguousEntityError(r.query, r.candidates);
  throw new UnknownEntityError(r.query, r.suggestions);
}
