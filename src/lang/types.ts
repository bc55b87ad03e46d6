/**
 * Everything kg knows about one language, as data. Engines read these fields and never
 * branch on a language code: adding a language is adding one pack (and its tests).
 * Words are lower case; matching folds case. A word ending in `*` is a prefix
 * ("investi*" matches "investiert", "Investition").
 */
import type { Relation } from '../model/types.js';
import type { InflectionRules } from './inflection.js';

export type WordOrder = 'SVO' | 'SOV' | 'VSO';

/** A role title such as CEO or founder, and the relation it states. */
export interface TitleEntry {
  /** Surface forms, lower case, possibly multi-word ("chief executive officer", "الرئيس التنفيذي"). */
  forms: string[];
  relation: Extract<Relation, 'CEO_OF' | 'FOUNDED' | 'BOARD_MEMBER_OF' | 'WORKS_FOR'>;
  /** The English title recorded on WORKS_FOR claims ("Chief Strategy Officer"). */
  title?: string;
  /**
   * An idiom, no title ("at the helm", "aux commandes", "las riendas"): it names a role only with
   * its organisation right behind its preposition ("took the helm of Acme"), never one guessed
   * from the sentence or the document ("tomó las riendas del negocio").
   */
  orgAfter?: boolean;
  /**
   * A title heads of state and government hold too ("President Joe Biden", "le président Emmanuel
   * Macron", "Cumhurbaşkanı"-less "Başkan"): it names a role only at an organisation the title
   * phrase names ("president of Acme", "Acme President Jane Roe", "its president"), never one
   * guessed from the sentence or the document.
   */
  stateOffice?: boolean;
  /**
   * An executive chair's title ("chairman", "président du conseil d'administration", "Yönetim Kurulu
   * Başkanı"): the chair sits on the board (the entry's relation, BOARD_MEMBER_OF) and works for the
   * company, so a WORKS_FOR claim with the title "Chairman" is made as well. Annotators of the real-news
   * sets required one or the other (news/GUIDE.md "président roles are WORKS_FOR"; news-e and news-f
   * notes: executive chairs WORKS_FOR, supervisory-board chairs BOARD_MEMBER_OF), never neither.
   * Supervisory-board chairs ("Aufsichtsratschef", "president-commissaris") are no such entry.
   */
  chair?: boolean;
}

/** A trigger for a relation between two entities. */
export interface TriggerEntry {
  /** Rule id suffix; the full rule id is `<lang>.<relation>.<id>` lower-cased. */
  id: string;
  relation: Relation;
  /** Words or phrases (lower case; `*` suffix = prefix match). */
  forms: string[];
  /**
   * Where the grammatical subject's entity stands relative to the trigger: `before` (SVO),
   * `after` (VSO, or a verb-second clause), `any` (nearest either side), `first` (first of the
   * sentence), `next` (right after the verb, the object after it: verb-first clauses; else as `before`).
   */
  subject?: 'before' | 'after' | 'any' | 'first' | 'next';
  /** Where the object stands: `after` (default for SVO), `before` (SOV). */
  object?: 'before' | 'after';
  /**
   * Words that must stand between the trigger and the object (prepositions or case
   * markers: "in", "an", "mit", "في"). Empty or absent: any.
   */
  objectPreps?: string[];
  /** Case suffixes one of which the object must carry (Turkish dative "a", "e", "ya"…). */
  objectSuffixes?: string[];
  /** Case suffixes one of which the subject must carry (the genitive of a Turkish nominalised clause: "Lumora'nın … satışı"). */
  subjectSuffixes?: string[];
  /** The text subject is the noun phrase the trigger modifies: it ends right before the trigger, else a name apposed after the object stands for it ("شركة الرقائق التابعة لـ"سوفت بنك" "إيه آر إم""). */
  subjectAdjacent?: boolean;
  /** A participle of a relative clause: its subject stands in the genitive before it, with the clause's complements between ("Acme'nin tamamına sahip olduğu Lumora"). */
  relativeParticiple?: boolean;
  /** Prepositions that mark a subject after the trigger ("die Investition von Meta in …"). */
  subjectPreps?: string[];
  /**
   * A separable verb's particle, which must close the clause ("neemt … over", "kauft … auf",
   * "treedt … terug"): the trigger's forms fire only where it does.
   */
  particle?: string;
  /** The text names the object first (passives, "owned by", "parent company of" forms). */
  reversed?: boolean;
  /** The trigger is a noun that refers back ("the investment", "bu yatırım"). */
  anaphoric?: boolean;
  /** Subject may be taken from the document's main organization when the sentence has none. */
  subjectFromContext?: boolean;
  /** All coordinated objects after the trigger ("such as A and B") get a claim. */
  listObjects?: boolean;
  confidence?: number;
  /**
   * When the object is a Product not headed by one of `ownedHeadNouns` ("platform"), state
   * this relation instead: "ChatGPT التابع لـ OpenAI" is DEVELOPS, "منصة ثريدز التابعة لميتا" OWNS.
   */
  productRelation?: Relation;
  /**
   * A holding verb that states a share only with a percentage before its object ("hält 27
   * Prozent an X", "controla el 27% de X"): without one it states nothing ("holds talks with").
   */
  shareOnly?: boolean;
  /**
   * The object is a funding round ("participated in the round", "lidera la ronda de Mistral"):
   * the organisation named in the round phrase, else the one whose round the document reported last.
   */
  roundObject?: boolean;
  /**
   * A verb of selling a company: the buyer stands behind one of `objectPreps` (or carries
   * `objectSuffixes`, the dative, where case marks it), the company sold between the verb and
   * the buyer (or in the accusative before the verb). Makes buyer ACQUIRED company, or
   * INVESTED_IN where a stake is sold. "Acme sold Boltway to Kestrel" → Kestrel ACQUIRED Boltway.
   */
  sale?: boolean;
  /**
   * The subject is the name right before the trigger, a comma or a dash between at most: the
   * trigger is a description in apposition ("OpenAI, the company behind ChatGPT"). Without such a
   * name ("invests in the company behind ChatGPT") the description has no name in the sentence: no claim.
   */
  adjacentSubject?: boolean;
  /**
   * The object is the name right after the trigger, a noun used like a title ("buy rival
   * Endeavor Energy", "des Rivalen RTL", "concurrent Lidl"); any other word between means no object.
   */
  adjacentObject?: boolean;
  /**
   * The forms are nouns ("Übernahme", "Kauf"): where the pack capitalises nouns only a
   * capitalised word matches, so the verb "kauft" (same lemma key as "Kauf") does not.
   */
  noun?: boolean;
}

/**
 * Words that decide a claim's status (extract/relate/status.ts): whether the sentence asserts
 * the relation, denies it, states it as a plan, a possibility, or talks and rumours.
 * Lists are phrases (lower case, `*` = prefix); suffix lists are word endings.
 */
export interface ClaimStatusWords {
  /** Negation words: "not", "nicht", "kein*", "pas", "no", "niet", "geen", "değil", "لم", "لا". */
  negators: string[];
  /** Verb endings that negate (Turkish "-madı", "-medi", "-mıyor"); empty where negation is a word. */
  negativeSuffixes: string[];
  /** Denial verbs and phrases: "denied", "dementierte", "a démenti", "negó", "ontkende", "yalanladı", "نفت", "has no plans to". */
  denials: string[];
  /** Modal and hedging words: "may", "could", "would", "könnte", "pourrait", "podría", "zou", "قد ي*". */
  modals: string[];
  /** Verb endings of possibility (Turkish "-abilir", "-ebilir"). */
  modalSuffixes: string[];
  /** Conditionals that open a clause: "if", "wenn", "falls", "si", "als", "eğer", "إذا". */
  conditionals: string[];
  /** Verb endings that make a clause a condition (Turkish "-sa/-se" on the aorist: "onaylarsa", "verirse"); empty where a word does. */
  conditionalSuffixes: string[];
  /** Talks, considering, rumours and reports: "in talks", "considering", "rumoured", "reportedly", "Gespräche", "en pourparlers", "görüşme*", "محادثات". */
  talks: string[];
  /** Plans and intentions: "plans to", "intends to", "plant", "prévoit de", "planea", "planlıyor", "تعتزم". */
  plans: string[];
  /** Phrases that contain a cue word but do not carry its meaning: "not only", "nicht nur", "no solo", "قد تم". */
  exceptions: string[];
  /** Verbs that report a statement: "said", "sagte", "a annoncé", "dijo", "zei", "açıkladı", "قالت". */
  reporting: string[];
  /**
   * Modals that after a reporting verb are the future of the report, not a hedge: "said on Wednesday it
   * would acquire", "dijo que adquiriría", "zei dat het … zou overnemen". Empty where the future of a
   * report is no modal (Turkish "alacağını söyledi", Arabic "قالت إنها ستستحوذ").
   */
  futureInPast: string[];
  /** Words that end a clause (besides punctuation), limiting a cue's scope: "but", "while", "aber", "mais", "pero", "ama", "لكن". */
  clauseBreaks: string[];
}

/** Time words (extract/time.ts): relative dates anchored on the document's date, and past spending. */
export interface TimeWords {
  /**
   * Phrases naming a year relative to the document's → offset in years: "next year": 1, "this year": 0,
   * "last year": -1, "im kommenden jahr": 1, "l'an prochain": 1, "volgend jaar": 1, "gelecek yıl": 1, "العام المقبل": 1.
   */
  relativeYears: Record<string, number>;
  /**
   * Quarters → 1–4, with or without a year beside them: "third quarter": 3, "q3": 3, "dritten quartal": 3,
   * "troisième trimestre": 3, "tercer trimestre": 3, "derde kwartaal": 3, "üçüncü çeyre*": 3, "الربع الثالث": 3.
   */
  quarters: Record<string, number>;
  /** Quarters relative to the document's → offset in quarters: "next quarter": 1, "im vergangenen quartal": -1, "الربع المقبل": 1. */
  relativeQuarters: Record<string, number>;
  /**
   * A month named as a period, with the word that makes it one → 1–12: "in march": 3, "im märz", "en mars",
   * "en marzo", "in maart", "mart'ta", "في مارس". A bare month name is often a date ("on March 3"), not a period.
   */
  months: Record<string, number>;
  /** Months relative to the document's → offset in months: "next month": 1, "le mois dernier": -1, "الشهر المقبل": 1. */
  relativeMonths: Record<string, number>;
  /** Verbs and phrases that put an amount in the past (actual, not planned): "spent", "ausgegeben", "a dépensé", "harcadı", "بلغت". */
  pastSpending: string[];
}

export interface LanguagePack {
  /** ISO 639-1 code. */
  code: string;
  name: string;
  script: 'latin' | 'arabic';
  wordOrder: WordOrder;
  /** German, and others, capitalise every noun: capitalisation alone does not make a name. */
  capitalisesNouns: boolean;

  numbers: {
    /** The decimal mark ("," in 14,3; "." in 38.4). */
    decimal: ',' | '.';
    /** Scale words and abbreviations → multiplier ("milliarden": 1e9, "mrd.": 1e9). */
    scales: Record<string, number>;
    /** Number words → value ("zehn": 10, "one": 1). */
    words: Record<string, number>;
    /** Currency words and symbols → ISO code ("us-dollar": "USD", "$": "USD"). */
    currencies: Record<string, string>;
    /** Words that open a range: "zwischen", "between", "ما بين". */
    rangeOpen: string[];
    /** Words that join a range: "bis", "to", "tot", "إلى", "und" (after an opener). */
    rangeJoin: string[];
    /** Words that close a range after its second figure, where the language puts them last: Turkish "1,5 ile 2 milyar dolar arasında". */
    rangeClose: string[];
    /** "rund", "around", "yaklaşık": an approximate value. */
    approx: string[];
    /** "mehr als", "over", "üzerinde": a lower bound. */
    moreThan: string[];
    /** "bis zu", "up to": an upper bound. */
    upTo: string[];
    /** Words for per cent ("prozent", "procent", "percent", "بالمئة"); "yüzde" stands before the number. */
    percentAfter: string[];
    percentBefore: string[];
    /** Words that introduce a year ("im jahr", "in", "عام"). */
    yearCues: string[];
    /** Words for a company's revenue or turnover ("chiffre d'affaires", "revenue", "Umsatz"): a figure right after one is no deal's amount. */
    revenueCues: string[];
    /** Words after a price that make it a price per share ("$53 per share", "je Aktie", "par action"), never a deal's amount. */
    perShare: string[];
    /** Power units → watts, for facility capacities ("gigawatt": 1e9, "megavatlık" via "megavat*": 1e6). */
    powerUnits: Record<string, number>;
    /**
     * Fraction words before a scale word → their value: "half a" 0.5 ("half a billion"), "eine halbe"
     * ("eine halbe Milliarde"), "un demi" ("un demi-milliard"), "yarım", "نصف".
     */
    fractions: Record<string, number>;
  };

  entities: {
    /** Generic company nouns used as cues: "das unternehmen X", "X şirketi", "شركة X". */
    companyNouns: string[];
    /**
     * Heads of compound or adjective-led company nouns; a capitalised name right after a word
     * ending in one is an organisation: "Konsumgüterkonzern Henkel", "Münchner Startup Kiwilabs",
     * "betaalbedrijf Adyen", "the carmaker's rival Stellantis". Lower case.
     */
    companyHeads: string[];
    /** Articles and determiners that may stand between a cue and the name. */
    determiners: string[];
    /** Words after a name that mark an organisation ("AI", "Inc.", "GmbH", "Labs"). */
    orgSuffixes: string[];
    /**
     * Legal forms written after a company's name in this language, as written ("GmbH", "A.Ş.",
     * "Co., Ltd."): part of the name in the text, stripped when names are matched
     * (src/resolve/names.ts), kept as an alias.
     */
    legalForms: string[];
    /** Title words that mark the following name as a person ("Mr.", "Herr", "السيد"). */
    personTitles: string[];
    /** Forms of address ("Ms.", "Herr", "Bay", "السيد"): before one capitalised word, a surname ("Ms. Varga"). */
    honorifics: string[];
    /** Word beginnings after a company noun that make a description of what the company does, no name ("شركة للاتصالات": "لل", for the). */
    descriptionPrefixes: string[];
    /**
     * Head nouns that open an organisation's name and belong to it, where names carry their
     * kind before them ("بنك آر.بي.إل", "مصرف الراجحي"); empty where a suffix ("X Bank") or a
     * cue outside the name ("la banque X") says so.
     */
    nameHeads: string[];
    /**
     * Words of a person's name that link it to the father's ("بن", "بنت": son, daughter of): a
     * name with one is a person's whatever the given name (mentions.ts `entity.patronymic`).
     */
    patronymics: string[];
    /** Words that open a compound given name with the next word ("عبد" in "عبد العزيز"). */
    compoundNameOpeners: string[];
    /** Endings of common nouns (German "-ung", "-heit"): such a word is not part of a name. */
    commonNounSuffixes: string[];
    /**
     * Endings of adjectives of origin that follow a company noun before the name, in languages that
     * put adjectives after the noun ("l'armateur marseillais Kalvon", "la naviera gallega Dorta").
     * Lower case; empty where adjectives come first.
     */
    postnominalAdjectiveEndings: string[];
    /**
     * Endings of inflected common nouns (German plural and dative "-en", "-e"): where every noun
     * is capitalised, a lone word with one is no name even after a relation's preposition.
     */
    nounEndings: string[];
    /** Common words that are capitalised in running text but are not names. */
    stopwords: string[];
    /** Nouns after which a name is a product ("Modell", "model", "نموذج", "chatbot"). */
    productNouns: string[];
    /** Phrases after which a name is a place ("con sede en", "based in", "mit Sitz in", "basée à"; "oriundo de", "native of"): not a company. */
    seatPhrases: string[];
    /** Nouns a product's name stands before, where names modify nouns ("the Zentra chatbot", "het Zentra-platform"); empty where they follow. */
    productNounsAfterName: string[];
    /** Words that give a product noun its name after it ("its chatbot, dubbed Zentra", "baptisé", "llamado", "namens"). */
    namingWords: string[];
    /** Nouns for brands an organisation owns ("brands", "Marken", "marcas", "العلامات التجارية"): a list after one is owned. */
    brandNouns: string[];
    /** Nouns for a research lab or new division: "labor", "lab", "مختبر". */
    labNouns: string[];
    /** Topic words → English topic for naming org units ("superintelligenz": "Superintelligence"). */
    labTopics: Record<string, string>;
    /** Pronouns that refer back to a person ("er", "he", "o", "هو"). */
    personPronouns: string[];
    /**
     * Words that introduce the person a title goes with, between the title and the name: the Spanish personal "a"
     * ("nombró consejero delegado a Carlos Torres"), "namely" after a comma ("een nieuwe topman benoemd, namelijk X").
     */
    personMarkers: string[];
    /**
     * The word that introduces the post a person is named to or serves in ("named Jane Roe as its
     * chief executive", "benoemd tot", "als", "comme", "como"): a name before it and a title is a person's.
     */
    roleAs: string[];
    /** A word for "the family of" that closes a name with the family's name ("آل سعود"). */
    /**
     * Given names written like a stopword where spelling is loose ("علي", Ali, and "على", on, fold alike): after a
     * given name such a word is the name's, unless a definite noun follows ("أحمد علي قال", not "وقع أحمد علي الاتفاقية").
     */
    nameHomographs: string[];
    familyMarkers: string[];
    /** Cardinal numbers written as words, two to twelve ("tres plantas", "zwei Werke"): a count opens a noun phrase of goods or assets. */
    countWords: string[];
    /** Nouns that refer back to the main organisation ("das unternehmen", "the company", "الشركة"). */
    orgAnaphors: string[];
    /**
     * "The latter": words that refer to the organisation named last before them in the sentence
     * ("le président de cette dernière", "el consejero delegado de esta última"). Lower case.
     */
    latterAnaphors: string[];
    /**
     * Descriptions that refer back to the person last named when they open a sentence with no name
     * after them ("El empresario también es accionista de …", "The billionaire has sold …"). Lower case.
     */
    personAnaphors: string[];
    /**
     * Endings of a family name written with the article (Arabic nisba: "السويدي", "الحسيني"): after a
     * given name and another name, such a word closes the person's name. Empty where names take no article.
     */
    familyNameEndings: string[];
    /** Facility nouns → English kind for naming ("rechenzentrum": "data center", "usine": "factory"). */
    facilityNouns: Record<string, string>;
    /**
     * Prepositions of place before a facility's site ("in", "im", "en", "à"): "Fabrik im
     * malaysischen Kulim" is also called "Fabrik Kulim" and "Fabrik in Kulim". Empty where the
     * place is marked by a case suffix (Turkish) or not written in capitals (Arabic).
     */
    placePreps: string[];
    /**
     * Prepositions of origin after a company's name ("Heijmans uit Rosmalen", "Bosch aus
     * Gerlingen"): the capitalised word after one is a place, never a company that stands
     * beside a trigger. Empty where the preposition also marks sellers or owners ("from", "de").
     */
    originPreps: string[];
  };

  /** Inflection and clitics stripped before resolution; the mention keeps its span. */
  morphology: {
    /** Suffix and prefix rules giving every inflected form of a word one lemma key (see inflection.ts). */
    inflection: InflectionRules;
    /** Apostrophe suffixes (Turkish 'nın, 'a …): any suffix after an apostrophe is dropped when listed or when `dropAnySuffixAfterApostrophe`. */
    dropAnySuffixAfterApostrophe: boolean;
    /** Possessive/genitive endings on names: German "s" in "Metas", English "'s". */
    genitiveSuffixes: string[];
    /** Case endings a common noun takes ("des Konzerns", "den Herstellern"), longest first; empty where nouns do not inflect for case. */
    nounCaseEndings: string[];
    /** Proclitics glued to words (Arabic و ب ل ال لل), longest first. */
    proclitics: string[];
    /** A glued definite article (Arabic "ال"): "الشركة" is "the company", an anaphor, not a cue. */
    definiteArticle?: string;
    /**
     * Elided articles and prepositions glued by an apostrophe (French "d'" → "de", "l'" → "le",
     * "qu'" → "que"): split off as words of their own, matching their full form too. Empty: none.
     */
    elisions: Record<string, string>;
    /** Case suffixes for objects (Turkish dative) when a trigger asks for them. */
    dativeSuffixes: string[];
    /**
     * Endings of an adjective of origin after the glued definite article (Arabic nisba "الأمريكية", "الألماني"):
     * such a word may follow a name it describes. Empty where adjectives are no glued words of this kind.
     */
    originEndings: string[];
    /** Endings of a word used as an adjective or adverb (Arabic accusative "ـاً": "عدائياً", hostile): quoted, no name. */
    adverbialEndings: string[];
    /**
     * Endings of verb forms that open a sentence with no subject before them: gerunds and participles
     * ("Bulking up helps it compete", "Founded in 2015, …", "Annoncé lundi, …") and, where subjects are
     * dropped, finite forms ("Anunció la compra de …"). A capitalised opening word with one is no name
     * the rules may guess from its place.
     */
    subjectlessVerbEndings: string[];
    /** Genitive case endings after an apostrophe (Turkish "Alibaba'nın"): such a name is a possessor, never its clause's subject. */
    /**
     * Ablative case endings ("Simavi'den", "Gamma'dan"): a name in the ablative is where
     * something comes from, never the subject of a relation's verb. Empty where no case is written.
     */
    ablativeCase: string[];
    genitiveCase: string[];
  };

  /** Main clauses put the finite verb second, so the subject follows it when another phrase opens the clause ("Laut Bericht übernimmt Orbiton …"). */
  verbSecond: boolean;
  /**
   * The language drops a subject the context gives ("También controla el 27% de Naturgy", "Ayrıca
   * Wexo'yu satın aldı", "كما استحوذت على شركة ويكسو"): a verb opening its sentence with no subject
   * named is about the last sentence's subject.
   */
  nullSubjects: boolean;
  /** Perfect and subordinate clauses put the verb last ("ist zu Siemens gewechselt", "door X werd overgenomen"). */
  verbFinalClauses: boolean;
  /**
   * Words that make a title another role: deputy, vice, former ("stellvertretender Vorstandschef",
   * "CEO yardımcısı", "نائب الرئيس التنفيذي"). A title next to one states no CEO_OF, FOUNDED or board seat.
   */
  titleModifiers: string[];
  titles: TitleEntry[];
  /** Words marking an interim or acting role ("interim", "kommissarisch", "المؤقت", "geçici"). */
  interim: string[];
  /** Words marking a past role ("former", "ehemalige", "bisherige", "eski", "السابق"). */
  former: string[];
  /** Words that decide whether a claim is asserted, denied, planned, possible or only talked about. */
  claimStatus: ClaimStatusWords;
  /** Relative time expressions and past-tense spending words. */
  time: TimeWords;
  /** Abbreviations whose period ends no sentence ("bzw.", "Mrd.", "Mr."), lower case, without the period. */
  abbreviations: string[];
  /** Month names after an ordinal with a period, which ends no sentence either (German "9. April"). */
  ordinalMonths: string[];
  /** Prepositions meaning "of"/"at" between a title and its organisation ("von", "of", "ل", "de"). */
  titleOrgPreps: string[];
  /**
   * A company's functions, which a title names behind its preposition ("senior vice president of
   * Communications", "director de Comunicación"): part of the title, never its organisation. Lower case.
   */
  titleFunctions: string[];
  /** Suffixes that a title takes after an organisation (Turkish possessive "CEO'su"). */
  titlePossessiveSuffixes: string[];
  /**
   * Words a title inflects to that mostly mean something else and are never read as a title
   * ("المؤسسة": the institution, though it is also the feminine of "المؤسس", the founder).
   */
  titleHomographs: string[];

  relations: {
    triggers: TriggerEntry[];
    /** "A and B", "A und B", "A ve B", "A و B": joins listed entities. */
    listJoiners: string[];
    /** "zwischen", "between", "arasında", "بين": two parties named after the trigger. */
    /** Prepositions that name the agent of a passive ("by", "von", "door", "par", "por", "tarafından", "من قبل"). */
    passiveAgents: string[];
    /** Auxiliaries of the passive ("was", "wurde", "werd", "a été", "fue", "تم"); Turkish marks it on the verb. */
    passiveAuxiliaries: string[];
    /** Perfect and modal auxiliaries ("hat", "heeft", "soll"): where one follows a verb-final participle the clause ends there. */
    perfectAuxiliaries: string[];
    /** Words that open a reported clause ("that", "dass", "dat", "que", "ki", "أن"): a subject is not sought across them. */
    complementisers: string[];
    /**
     * Relative pronouns that open a clause whose object is the noun before them ("which", "die",
     * "dat", "que", "la que"): in "Orbiton, which Acme acquired", Acme is the subject and Orbiton
     * the object. Subject relatives ("which acquired") need no entry: the name before is the subject.
     */
    relativePronouns: string[];
    /**
     * Object pronouns glued to a verb or its preposition ("اشترتها" bought it, "استحوذت عليها"
     * acquired it): the object is the organisation named before. Empty where pronouns are words.
     */
    objectPronounSuffixes: string[];
    /**
     * Prepositions that tie a person to the organisation they speak for, with no title between
     * ("Peter Schiefer von Infineon", "Satya Nadella of Microsoft", "Jan de Vries van Adyen"):
     * a WORKS_FOR claim. Empty where the language marks it otherwise (Turkish genitive).
     */
    affiliationPreps: string[];
    betweenPreps: string[];
    /** "such as", "wie", "gibi" (post), "مثل": introduces examples. */
    examples: string[];
    /** Stake nouns: "anteil", "stake", "hisse", "حصة". */
    stakeNouns: string[];
    /** Nouns for a funding round or deal an investor takes part in ("round", "tour de table", "ronda", "Finanzierungsrunde", "جولة"). */
    roundNouns: string[];
    /** Phrases that add investors to a round after its lead ("led by X, with participation from A and B", "avec la participation de", "بمشاركة"). */
    participationPhrases: string[];
    /** Words that may follow a verb at the end of its clause, before the clause ends: modals and the infinitive marker ("übernehmen zu wollen", "kaufen will", "overnemen wil"). Empty where clauses are not verb-final. */
    verbFinalTails: string[];
    /** Prepositions between a round noun and the company raising it ("a round in Acme", "la ronda de Acme", "Finanzierungsrunde von Acme"); empty where a genitive case marks it (Turkish). */
    roundTargetPreps: string[];
    /** Valuation cues: "valued at", "bewertet", "piyasa değeri", "تقييم". */
    valuationCues: string[];
    /** Spending triggers for PLANS_SPENDING: "capex", "kapitalausgaben", "harcama", "إنفاق". */
    spendingTriggers: string[];
    /** Words that say a figure is someone else's estimate, not a plan: "analysts", "analisten", "expected". */
    estimateCues: string[];
    /** Topic nouns → English Topic name for PLANS_SPENDING objects. */
    spendingTopics: Record<string, string>;
    /**
     * The noun "investment" ("inversión", "Investition", "استثمار"): a spending plan only where a spending topic
     * follows it in the sentence ("una inversión de 2.100 millones de euros en centros de datos"); an investment
     * in a company is INVESTED_IN's.
     */
    investmentNouns: string[];
    /** Nouns for goods an organisation supplies ("chips", "Prozessoren", "GPU", "وحدة معالجة"). */
    suppliedGoods: string[];
    /** Prepositions meaning "from/by" a supplier ("von", "from", "من", "van"). */
    supplierPreps: string[];
    /** Prepositions after a product that name its maker ("from", "von", "من", "de"). */
    productFromPreps: string[];
    /** Phrases that name a topic the sentence speaks about ("regarding X", "concernant X", "was X angeht"): no argument of a relation. */
    topicPhrases: string[];
    /** Phrases that name a partner in a deal, never its object nor its subject ("with X", "together with X", "junto a X", "zusammen mit X"). */
    comitativePreps: string[];
    /**
     * A group and the words that name its leader ("consortium led by", "consorcio liderado por",
     * "Konsortium unter Führung von", "مجموعة يقودها"): the leader named next stands for the group as
     * the clause's subject ("A consortium led by Kestrel agreed to buy Quillon" → Kestrel ACQUIRED Quillon).
     */
    leaderPhrases: string[];
    /**
     * Prepositions before the share a stake is raised or cut to ("raised its stake in X to 60%", "a porté sa
     * participation à 60 %", "hasta el 60%", "tot 60 procent", "auf 60 Prozent", "إلى 60%"): that share is the stake.
     */
    stakeTargetPreps: string[];
    /**
     * Phrases that name where an investment's money comes from ("the money comes from", "het geld komt van",
     * "das Geld kommt von"): the names after it invested in the company the last investment went to.
     */
    fundingSourcePhrases: string[];
    /**
     * An investment arm and the preposition to its parent ("the venture arm of", "dem Investmentarm von", "el brazo
     * inversor de"): inside a list of investors or behind an agent's preposition the arm stands for its parent, the
     * name after the phrase ("led by the venture arm of Salesforce" → Salesforce).
     */
    armPhrases: string[];
    /** Words that make a bought share the rest of a company ("the remaining 30%", "that it does not already own"): buying it completes an acquisition. */
    remainderWords: string[];
    /** Words that make a stake the whole company: "all of", "la totalidad de", "l'intégralité de", "sämtliche", "tamamını", "كامل". */
    wholeStakeWords: string[];
    /** Nouns for holders of a company ("shareholders", "Aktionäre", "actionnaires"): a name right before one is the company held ("Reynolds shareholders"), not a holder. */
    holderNouns: string[];
    /**
     * Words that open the list of a company's holders after a holder noun and the company
     * ("investors in X include A and B", "zu den Investoren von X gehören …", "parmi les
     * investisseurs de X figurent …", "X'in yatırımcıları arasında …").
     */
    inclusionWords: string[];
    /** Pronouns that stand for an organisation as a verb's subject ("It will also acquire …"); empty where they are as often a person or a clause. */
    orgSubjectPronouns: string[];
    /**
     * Prepositions that mark the seller after a verb of buying only when the thing bought follows
     * ("racheté à l'allemand X la société Y", "adquirir al fondo X un 15 %"); else they mark the object or a place.
     */
    dativeSellerPreps: string[];
    /** Possessive determiners that point back to an organisation ("its", "sa", "zijn", "seinen", "su"); empty where a suffix marks the possessor. */
    possessivePronouns: string[];
    /**
     * Relative pronouns of possession ("whose", "dont", "cuyo", "deren", "wiens"): a title after one is held at
     * the organisation the relative clause is about ("Kalvon, dont le président, Robert Zolade, …").
     */
    relativePossessives: string[];
    /** Head nouns that make "X of Y" an ownership ("platform", "app", "منصة"). */
    ownedHeadNouns: string[];
    /** Building verbs and nouns ("build", "baut", "inşa*", "تبني"): a facility noun beside one is being built. */
    buildVerbs: string[];
    /**
     * Phrases that name a source ("according to", "laut", "selon", "según", "بحسب"): a name right
     * after one (before one where it is a postposition, Turkish "X'e göre") is who reports, never
     * a party to the facts of its sentence ("Selon Siemens, Bosch va investir …").
     */
    sourcePhrases: string[];
    /** The same as postpositions, after the name ("Siemens'e göre", "Siemens zufolge"). */
    sourcePostpositions: string[];
    /**
     * Prepositions of the seller after a verb of buying ("buys the stake from Bosch", "übernimmt
     * von Bosch die Anteile"): a name behind one is where the thing bought comes from, never the
     * thing bought. Not for nouns ("die Übernahme von X" names what is bought).
     */
    sellerPreps: string[];
    /**
     * Partitive prepositions from a percentage to what it is a share of ("10% of Dorta", "10 % de
     * Dorta", "10% من شركة دورتا"): a company behind one, right after the figure, is the share's.
     */
    partitivePreps: string[];
    /**
     * Nouns for a company or business another owns, after its owner's possessive: "Acme's subsidiary Boltway",
     * "Acme's unit Boltway"; sold to someone ("vend son activité … à X", "sells its unit to X") they change hands, nothing is supplied.
     * Plants are listed too: bought from a company ("compra tres plantas … a Acindar") they are neither its supplies nor the company.
     */
    subsidiaryNouns: string[];
  };
}
