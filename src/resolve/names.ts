/**
 * Name keys for matching entity names (not for display), shared by resolution, `kg entity`
 * / `kg ask`, the Neo4j backend and the HTML viewer's search, so all of them agree on when
 * two spellings are one name. Pure and free of Node APIs: the viewer bundles it.
 *
 * A key folds what spellings of one name vary in:
 * - case and all-caps ("ORRIN ROBOTICS" = "Orrin Robotics");
 * - accents and diacritics, Turkish dotless ı and dotted İ ("Işıklar" = "Isiklar" = "IŞIKLAR");
 * - Arabic letter variants, harakat and tatweel ("إنفيديا" = "انفيديا");
 * - dots of abbreviations ("S.A." = "SA", "A.Ş." = "AŞ") and other punctuation;
 * - legal forms at the end ("Veltra Systems Inc." = "Veltra Systems"), which `NameRules`
 *   lists per language (src/lang/packs, `entities.legalForms`).
 */
import { foldArabic } from '../extract/normalize.js';

/**
 * What the matcher knows about names of every language kg reads; plain data, so the HTML
 * export can embed it for the viewer. Built from the language packs by `nameRules()`
 * (src/resolve/name-rules.ts).
 */
export interface NameRules {
  /** Legal forms as folded token sequences ("co ltd", "gmbh", "as", "ش م ع"). */
  legalForms: readonly string[];
  /** Any suffix after an apostrophe is a case or possessive ending (Turkish "Meta'ya", "OpenAI'ın"). */
  suffixAfterApostrophe: boolean;
  /** Clitics written onto the start of an Arabic-script name ("لميتا", "وبالشركة"), folded. */
  proclitics: readonly string[];
}

/** Proclitics written onto one Arabic word at most ("وبالشركة" = و + بال + شركة). */
export const MAX_PROCLITICS = 2;

export const NO_NAME_RULES: NameRules = { legalForms: [], suffixAfterApostrophe: false, proclitics: [] };

/** Letters that NFKD does not decompose but writers of other languages spell without their mark. */
const LETTER_FOLDS: Readonly<Record<string, string>> = { ı: 'i', ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ł: 'l', ð: 'd', þ: 'th' };
const FOLD_RE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'gu');
/** "S.A.", "N.V.", "A.Ş.", "S.p.A.", "ش.م.ع": single letters joined by dots are one abbreviation. */
const DOTTED_ABBREVIATION = /(?<![\p{L}\p{N}])\p{L}(?:\.\p{L})+\.?(?![\p{L}\p{N}])/gu;

/**
 * "Işıklar Holding A.Ş." → "isiklar holding as"; "SAMSUNG Electronics Co., Ltd." →
 * "samsung electronics co ltd"; "إنفيديا" → "انفيديا". Legal forms are kept (see matchKey).
 */
export function foldName(text: string): string {
  return foldArabic(
    text
      .replace(DOTTED_ABBREVIATION, (m) => m.replace(/\./gu, ''))
      // Turkish capital I with a dot decomposes to I + U+0307, which the mark strip removes.
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(FOLD_RE, (ch) => LETTER_FOLDS[ch] ?? ch),
  )
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Legal forms split into tokens, longest first, compiled once per rules object. */
const compiled = new WeakMap<NameRules, string[][]>();
function legalTokens(rules: NameRules): string[][] {
  let t = compiled.get(rules);
  if (!t) {
    t = [...new Set(rules.legalForms.map((f) => foldName(f)).filter(Boolean))].map((f) => f.split(' ')).sort((a, b) => b.length - a.length);
    compiled.set(rules, t);
  }
  return t;
}

/**
 * Removes legal forms at the end of a folded name, repeatedly ("co ltd", "gmbh co kg"), but
 * never the whole name ("SE" alone stays "se").
 */
export function stripLegalForms(folded: string, rules: NameRules): string {
  const words = folded.split(' ').filter(Boolean);
  const forms = legalTokens(rules);
  let changed = true;
  while (changed) {
    changed = false;
    for (const f of forms) {
      if (words.length <= f.length) continue;
      let ends = true;
      for (let k = 0; k < f.length && ends; k++) ends = words[words.length - f.length + k] === f[k];
      if (ends) {
        words.length -= f.length;
        changed = true;
        break;
      }
    }
  }
  return words.join(' ');
}

/** Whether a name ends in a legal form ("Veltra Systems Inc."). */
export function hasLegalForm(name: string, rules: NameRules): boolean {
  const f = foldName(name);
  return stripLegalForms(f, rules) !== f;
}

/** The key two spellings of one name share: folded, legal forms stripped. */
export function matchKey(name: string, rules: NameRules): string {
  return stripLegalForms(foldName(name), rules);
}

/**
 * Forms a typed name may be in besides itself, for looking it up: a case or possessive ending
 * after an apostrophe removed ("Zuckerberg'in" → "Zuckerberg"), Arabic proclitics removed
 * from the first word ("لميتا" → "ميتا", "وبالشركة" → "شركة"). Longest first.
 */
export function queryForms(raw: string, rules: NameRules): string[] {
  const out = new Set<string>([raw.trim()]);
  const q = raw.trim();
  if (rules.suffixAfterApostrophe) {
    const m = /^(.*\S)['’`ʼ][\p{L}]+$/u.exec(q);
    if (m) out.add(m[1]);
  }
  // Proclitics stack ("و" + "بال" + "شركة"): strip up to MAX_PROCLITICS of them.
  let frontier = [...out];
  for (let step = 0; step < MAX_PROCLITICS; step++) {
    const next: string[] = [];
    for (const form of frontier) {
      const first = form.split(/\s+/u)[0];
      if (!/^[\u0600-\u06ff]/u.test(first)) continue;
      const folded = foldArabic(first);
      for (const p of rules.proclitics) {
        // A proclitic leaves a word of at least two letters ("لي" is no ل + ي).
        if (!folded.startsWith(p) || folded.length - p.length < 2) continue;
        const stripped = `${folded.slice(p.length)}${form.slice(first.length)}`;
        if (!out.has(stripped)) next.push(stripped);
        out.add(stripped);
      }
    }
    frontier = next;
  }
  return [...out].sort((a, b) => b.length - a.length);
}
