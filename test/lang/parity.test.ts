/**
 * Every language pack provides every key of LanguagePack, with data where an empty value
 * would silently switch a rule off, and the registry needs nothing but the pack itself.
 * The key lists are spelled out so that a new field in LanguagePack fails here until every
 * pack (and this test) has it.
 */
import { describe, expect, it } from 'vitest';
import { FALLBACK_LANGUAGE, PACKS, packFor, supportedLanguages } from '../../src/lang/index.js';
import type { LanguagePack } from '../../src/lang/types.js';
import { RELATIONS, RELATION_SPECS } from '../../src/model/types.js';

const TOP_KEYS = ['code', 'name', 'script', 'wordOrder', 'capitalisesNouns', 'numbers', 'entities', 'morphology', 'titles', 'interim', 'former', 'abbreviations', 'ordinalMonths', 'titleOrgPreps', 'titlePossessiveSuffixes', 'relations', 'verbFinalClauses', 'verbSecond', 'titleModifiers', 'claimStatus', 'time'] as const satisfies ReadonlyArray<keyof LanguagePack>;
const NUMBER_KEYS = ['decimal', 'scales', 'words', 'currencies', 'rangeOpen', 'rangeJoin', 'approx', 'moreThan', 'upTo', 'percentAfter', 'percentBefore', 'yearCues', 'revenueCues', 'perShare', 'fractions'] as const satisfies ReadonlyArray<keyof LanguagePack['numbers']>;
const ENTITY_KEYS = ['companyNouns', 'determiners', 'orgSuffixes', 'personTitles', 'commonNounSuffixes', 'stopwords', 'productNouns', 'seatPhrases', 'productNounsAfterName', 'namingWords', 'labNouns', 'labTopics', 'personPronouns', 'personMarkers', 'orgAnaphors', 'companyHeads', 'nounEndings', 'brandNouns', 'legalForms', 'honorifics', 'descriptionPrefixes', 'nameHeads'] as const satisfies ReadonlyArray<keyof LanguagePack['entities']>;
const MORPHOLOGY_KEYS = ['dropAnySuffixAfterApostrophe', 'genitiveSuffixes', 'nounCaseEndings', 'proclitics', 'dativeSuffixes', 'elisions', 'inflection'] as const satisfies ReadonlyArray<keyof LanguagePack['morphology']>;
const STATUS_KEYS = ['negators', 'negativeSuffixes', 'denials', 'modals', 'modalSuffixes', 'conditionals', 'conditionalSuffixes', 'talks', 'plans', 'exceptions', 'reporting', 'futureInPast', 'clauseBreaks'] as const satisfies ReadonlyArray<keyof LanguagePack['claimStatus']>;
const TIME_KEYS = ['relativeYears', 'quarters', 'relativeQuarters', 'months', 'relativeMonths', 'pastSpending'] as const satisfies ReadonlyArray<keyof LanguagePack['time']>;
const RELATION_KEYS = ['triggers', 'listJoiners', 'betweenPreps', 'examples', 'stakeNouns', 'roundNouns', 'participationPhrases', 'roundTargetPreps', 'verbFinalTails', 'valuationCues', 'spendingTriggers', 'estimateCues', 'spendingTopics', 'suppliedGoods', 'supplierPreps', 'productFromPreps', 'possessivePronouns', 'orgSubjectPronouns', 'dativeSellerPreps', 'holderNouns', 'inclusionWords', 'remainderWords', 'wholeStakeWords', 'comitativePreps', 'topicPhrases', 'ownedHeadNouns', 'passiveAgents', 'passiveAuxiliaries', 'perfectAuxiliaries', 'complementisers', 'relativePronouns', 'affiliationPreps', 'objectPronounSuffixes'] as const satisfies ReadonlyArray<keyof LanguagePack['relations']>;

/**
 * Keys a language may legitimately leave empty (no case suffixes in German, no proclitics in
 * English, no range opener or "from" preposition in Turkish, which uses postpositions; Arabic
 * glues its article instead of listing determiners). Alternatives are checked below.
 */
const MAY_BE_EMPTY = new Set(['personMarkers', 'participationPhrases', 'abbreviations', 'ordinalMonths', 'percentBefore', 'percentAfter', 'commonNounSuffixes', 'genitiveSuffixes', 'proclitics', 'dativeSuffixes', 'elisions', 'titlePossessiveSuffixes', 'definiteArticle', 'personTitles', 'rangeOpen', 'productFromPreps', 'determiners', 'verbFinalClauses', 'verbSecond', 'nounEndings', 'companyHeads', 'passiveAuxiliaries', 'perfectAuxiliaries', 'relativePronouns', 'affiliationPreps', 'objectPronounSuffixes', 'negativeSuffixes', 'modalSuffixes', 'conditionalSuffixes', 'futureInPast', 'productNounsAfterName', 'seatPhrases', 'possessivePronouns', 'orgSubjectPronouns', 'dativeSellerPreps', 'holderNouns', 'inclusionWords', 'topicPhrases', 'roundTargetPreps', 'verbFinalTails', 'nounCaseEndings', 'descriptionPrefixes', 'nameHeads']);

function nonEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (value && typeof value === 'object') return Object.keys(value).length > 0;
  return value !== undefined && value !== '';
}

/** The seven languages the issue names. */
const REQUIRED_LANGUAGES = ['ar', 'de', 'en', 'es', 'fr', 'nl', 'tr'];

describe('language packs', () => {
  it('cover the seven languages of the issue', () => {
    expect(supportedLanguages()).toEqual(expect.arrayContaining(REQUIRED_LANGUAGES));
  });

  describe.each(Object.entries(PACKS))('%s', (code, pack) => {
    it('is registered under its own code', () => {
      expect(pack.code).toBe(code);
      expect(packFor(code)).toBe(pack);
    });

    it('has every top-level key', () => {
      for (const k of TOP_KEYS) expect(pack, k).toHaveProperty(k);
      expect(['latin', 'arabic']).toContain(pack.script);
      expect(['SVO', 'SOV', 'VSO']).toContain(pack.wordOrder);
    });

    it.each([
      ['numbers', NUMBER_KEYS],
      ['entities', ENTITY_KEYS],
      ['morphology', MORPHOLOGY_KEYS],
      ['relations', RELATION_KEYS],
      ['claimStatus', STATUS_KEYS],
      ['time', TIME_KEYS],
    ] as const)('has every %s key, with data where a rule needs it', (group, keys) => {
      const section = pack[group] as unknown as Record<string, unknown>;
      for (const k of keys) {
        expect(section, `${code}.${group}.${k}`).toHaveProperty(k);
        if (!MAY_BE_EMPTY.has(k) && typeof section[k] !== 'boolean') expect(nonEmpty(section[k]), `${code}.${group}.${k} is empty`).toBe(true);
      }
    });

    it('names negation somehow (a word or a verb ending), next, this and last year, quarter and month, and every quarter and month', () => {
      expect(pack.claimStatus.negators.length + pack.claimStatus.negativeSuffixes.length).toBeGreaterThan(0);
      expect(pack.claimStatus.modals.length + pack.claimStatus.modalSuffixes.length).toBeGreaterThan(0);
      expect(new Set(Object.values(pack.time.relativeYears))).toEqual(new Set([-1, 0, 1]));
      expect(new Set(Object.values(pack.time.relativeQuarters))).toEqual(new Set([-1, 0, 1]));
      expect(new Set(Object.values(pack.time.relativeMonths))).toEqual(new Set([-1, 0, 1]));
      expect(new Set(Object.values(pack.time.quarters))).toEqual(new Set([1, 2, 3, 4]));
      expect(new Set(Object.values(pack.time.months))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
      expect(Object.values(pack.numbers.fractions)).toContain(0.5);
    });

    it('names per cent somehow (after or before the number)', () => {
      expect(pack.numbers.percentAfter.length + pack.numbers.percentBefore.length).toBeGreaterThan(0);
    });

    it('has titles for CEO, founder and board, and interim and former markers', () => {
      const relations = new Set(pack.titles.map((t) => t.relation));
      for (const r of ['CEO_OF', 'FOUNDED', 'BOARD_MEMBER_OF', 'WORKS_FOR'] as const) expect(relations, r).toContain(r);
      for (const t of pack.titles) expect(t.forms.length).toBeGreaterThan(0);
      expect(pack.interim.length).toBeGreaterThan(0);
      expect(pack.former.length).toBeGreaterThan(0);
      // "CEO of X" (preposition) or "X'in CEO'su" (possessive suffix).
      expect(pack.titleOrgPreps.length + pack.titlePossessiveSuffixes.length).toBeGreaterThan(0);
    });

    it('marks determiners one way or another (words, or a glued article)', () => {
      expect(pack.entities.determiners.length > 0 || pack.morphology.definiteArticle !== undefined).toBe(true);
    });

    it('opens ranges with a word unless the language puts range words after the numbers', () => {
      if (pack.wordOrder !== 'SOV') expect(pack.numbers.rangeOpen.length).toBeGreaterThan(0);
      expect(pack.numbers.rangeJoin.length).toBeGreaterThan(0);
    });

    it('has triggers that name real relations, with unique ids per relation', () => {
      const ids = new Set<string>();
      for (const t of pack.relations.triggers) {
        expect(RELATIONS, t.id).toContain(t.relation);
        expect(t.forms.length, `${t.relation}.${t.id}`).toBeGreaterThan(0);
        if (t.productRelation) expect(RELATIONS).toContain(t.productRelation);
        const id = `${t.relation}.${t.id}`;
        expect(ids.has(id), `duplicate trigger id ${id}`).toBe(false);
        ids.add(id);
      }
    });

    it('can state every relation that a trigger or a dedicated rule extracts', () => {
      // PART_OF comes from labNouns, PLANS_SPENDING from spendingTriggers, titles from titles.
      const byTrigger = new Set(pack.relations.triggers.map((t) => t.relation));
      for (const r of ['INVESTED_IN', 'ACQUIRED', 'OWNS', 'PARTNERS_WITH', 'COMPETES_WITH', 'DEVELOPS', 'JOINED', 'LEFT', 'FOUNDED'] as const) expect(byTrigger, `${code} has no ${r} trigger`).toContain(r);
      expect(Object.keys(RELATION_SPECS)).toEqual([...RELATIONS]);
    });

    it('lists words in lower case (matching folds case)', () => {
      const lists = [pack.entities.companyNouns, pack.entities.stopwords, pack.entities.labNouns, pack.relations.stakeNouns, pack.relations.spendingTriggers, ...pack.relations.triggers.map((t) => t.forms), ...pack.titles.map((t) => t.forms)];
      for (const list of lists) for (const w of list) expect(w, w).toBe(w.toLocaleLowerCase('und'));
    });

    it('maps scale words to powers of ten and currencies to ISO codes', () => {
      // Thousands-based scales, and the Indian lakh (1e5) and crore (1e7).
      for (const [w, v] of Object.entries(pack.numbers.scales)) expect(Number.isInteger(Math.log10(v)) && (Math.log10(v) % 3 === 0 || v === 1e5 || v === 1e7), w).toBe(true);
      for (const [w, c] of Object.entries(pack.numbers.currencies)) expect(c, w).toMatch(/^[A-Z]{3}$/);
    });
  });
});

describe('the registry', () => {
  it('derives the supported languages from PACKS alone', () => {
    expect(supportedLanguages()).toEqual(Object.keys(PACKS).sort());
  });

  it('reads a language without a pack with the fallback pack', () => {
    expect(packFor('xx')).toBe(PACKS[FALLBACK_LANGUAGE]);
  });
});
