/**
 * The name rules of every language pack together: a name is matched the same way whatever
 * the language of the article or question it comes from ("Veltra Systems Inc." in a German
 * article, "Meta'ya" typed in an English shell).
 */
import { foldArabic } from '../extract/normalize.js';
import { PACKS } from '../lang/index.js';
import type { NameRules } from './names.js';

let rules: NameRules | undefined;

/** Built once from src/lang/packs: legal forms, the apostrophe rule, Arabic proclitics (longest first). */
export function nameRules(): NameRules {
  rules ??= {
    legalForms: [...new Set(Object.values(PACKS).flatMap((p) => p.entities.legalForms))].sort(),
    suffixAfterApostrophe: Object.values(PACKS).some((p) => p.morphology.dropAnySuffixAfterApostrophe),
    proclitics: [...new Set(Object.values(PACKS).flatMap((p) => p.morphology.proclitics.map((c) => foldArabic(c.replace(/ـ/gu, '')))))].filter(Boolean).sort((a, b) => b.length - a.length),
  };
  return rules;
}
