/**
 * Trigger rules: a relation word of the language plus argument rules (side, prepositions,
 * case suffixes, lists). The rule id is `<lang>.<relation>.<trigger id>`.
 *   de.invested_in.noun-in       "eine Investition … in das Unternehmen Scale"
 *   tr.competes_with.rakip       "Google ve OpenAI gibi rakipleriyle"  (objects before, SOV)
 *   ar.owns.owned-by             "xAI المملوكة لإيلون ماسك"            (reversed)
 *   de.partners_with.compound    "die Meta-Scale-Partnerschaft"
 */
import type { ExtractedClaim } from '../../model/extraction.js';
import type { LanguagePack, TriggerEntry } from '../../lang/types.js';
import { RELATION_SPECS, type EntityType } from '../../model/types.js';
import { particleCloses, triggerPhrases, wordMatches, type PhraseSet } from '../words.js';
import { after, before, claim, compact, coordinated, hasBetween, orgAnaphorAt, salientOrg, set, type SentenceContext, type SMention } from './context.js';
import type { Quantity } from '../quantities.js';
import { attachQualifiers, moneyOf } from './qualifiers.js';

/** How far (in words) an argument may stand from its trigger. */
export const ARGUMENT_WINDOW = 14;
/** Subjects may stand further away than objects: appositions sit between ("X, the founder of Y, … joins"). */
const SUBJECT_WINDOW = 24;
/** Objects introduced by a preposition: how far the preposition may be from the object. */
const PREP_WINDOW = 4;
const DEFAULT_CONFIDENCE = 0.8;
const CONTEXT_SUBJECT_PENALTY = 0.15;
/** How far before a trigger (subject) or after it (object) "the company" may stand. */
const ANAPHOR_WINDOW = 4;
/** How many sentences after a claim a follow-up ("the deal values …") may complete it. */
const FOLLOW_UP_SENTENCES = 1;
/** Words an apposition may hold before its trigger ("the San Francisco-based developer of"). */
const APPOSITION_WINDOW = 8;
/** Verb-second clauses: how many words (an article) may stand between the verb and its subject. */
const INVERTED_SUBJECT_WINDOW = 1;
/** Verb-first clauses: how many words (a company noun) may stand between the verb and its subject. */
const NEXT_SUBJECT_WINDOW = 1;

export function triggerRule(ctx: SentenceContext): ExtractedClaim[] {
  const out = allTriggers(ctx);
  // Joining a board is board membership, not employment ("se incorporará al consejo de administración de X").
  const board = new Set(out.filter((c) => c.relation === 'BOARD_MEMBER_OF').map((c) => `${c.subject}>${JSON.stringify(c.object)}`));
  // A sentence that names who does it ("وتتنافس G42 مع OpenAI") leaves no role to a guessed subject for that name.
  const explicitSubjects = new Set(out.filter((c) => !isGuessed(c)).map((c) => `${c.relation}:${ctx.doc.keys.get(c.subject)}`));
  return out.filter(
    (c) =>
      (c.relation !== 'JOINED' || !board.has(`${c.subject}>${JSON.stringify(c.object)}`)) &&
      !(isGuessed(c) && typeof c.object === 'number' && explicitSubjects.has(`${c.relation}:${ctx.doc.keys.get(c.object)}`)),
  );
}

function isGuessed(c: ExtractedClaim): boolean {
  return c.ruleId.endsWith('.context') || c.ruleId.endsWith('.anaphor');
}

function allTriggers(ctx: SentenceContext): ExtractedClaim[] {
  const out: ExtractedClaim[] = [];
  const { pack, words } = ctx;
  // One pass with every form of every trigger finds where any trigger may start; each
  // trigger is then tried there only (most words start none).
  const any = triggerPhrases(pack, '*', () => pack.relations.triggers.flatMap((t) => t.forms));
  const starts: number[] = [];
  for (let i = 0; i < words.length; i++) if (any.match(words, i)) starts.push(i);
  if (starts.length === 0) return out;
  for (const [t, forms] of compiledTriggers(pack)) {
    let next = 0;
    for (const i of starts) {
      if (i < next) continue;
      const m = forms.match(words, i);
      if (!m) continue;
      // A trigger inside an entity name is not a trigger ("Scale AI", "Partners Group").
      if (ctx.mentions.some((x) => x.from <= i && i < x.to)) continue;
      if (t.particle !== undefined && !particleCloses(words, t.particle, i + m.length, set(ctx, `particleNext:${t.relation}:${t.id}`, [...pack.relations.listJoiners, ...(t.objectPreps ?? [])]))) continue;
      next = i + m.length;
      out.push(...applyTrigger(ctx, t, i, i + m.length));
    }
  }
  return out;
}

function applyTrigger(ctx: SentenceContext, t: TriggerEntry, tFrom: number, tTo: number): ExtractedClaim[] {
  const spec = RELATION_SPECS[t.relation];
  // In the text, the first argument is the relation's subject unless the trigger is reversed.
  const textSubjectTypes: readonly EntityType[] = t.reversed ? spec.to : spec.from;
  const textObjectTypes: readonly EntityType[] = t.reversed ? spec.from : spec.to;
  let confidence = t.confidence ?? DEFAULT_CONFIDENCE;
  const ruleId = `${t.relation.toLowerCase()}.${t.id}`;

  // "Meta-Scale-Partnerschaft": two names glued to the trigger by hyphens.
  const compound = compoundArgs(ctx, tFrom, textSubjectTypes, textObjectTypes);
  if (compound) {
    const made = claim(ctx, t.relation, compound[0], compound[1], `${ruleId}.compound`, confidence, attachQualifiers(ctx, t.relation, tFrom, tTo));
    return made ? [made] : [];
  }

  if (t.anaphoric) return anaphoric(ctx, t, tFrom, tTo, textObjectTypes, ruleId, confidence);

  // "Beta Labs was acquired by Acme Corp", "door Acme werd overgenomen", "Acme tarafından satın alındı":
  // the agent is the relation's subject whatever side the trigger expects it on.
  const passive = t.reversed ? undefined : passiveArgs(ctx, tFrom, tTo, textSubjectTypes, textObjectTypes);
  if (passive) {
    // "door Bain en Cinven": every coordinated agent; a joint figure is no single agent's.
    const agents = coordinated(ctx, passive.agent, textSubjectTypes).filter((m) => m.id !== passive.patient.id);
    let q = attachQualifiers(ctx, t.relation, tFrom, tTo);
    if (agents.length > 1) q = { ...q, amount: undefined, amountMin: undefined, amountMax: undefined, currency: undefined };
    const made = compact(agents.map((a) => claim(ctx, t.relation, a, passive.patient, `${ruleId}.passive`, confidence, q)));
    if (made.length === 0) return [];
    ctx.used.add(`obj:${passive.patient.id}`);
    ctx.used.add(`rel:${t.relation}`);
    return made;
  }

  // Verb-first clauses ("وأسس فهد العتيبي شركة لوسيديا"): the subject right after the verb, the object after the subject.
  const next = t.subject === 'next' ? after(ctx, tTo, textSubjectTypes, NEXT_SUBJECT_WINDOW)[0] : undefined;
  const objects = next ? findObjects(ctx, t, next.from, next.to, textObjectTypes) : findObjects(ctx, t, tFrom, tTo, textObjectTypes);
  if (objects.length === 0) {
    // "Amazon and Anthropic said the deal is part of a broader collaboration": the parties of a
    // symmetric relation may be the coordinated subjects.
    if (spec.symmetric) {
      const first = findSubject(ctx, t, tFrom, tTo, textSubjectTypes, []);
      const parties = first === undefined || typeof first === 'number' ? [] : conjuncts(ctx, first, textSubjectTypes, tFrom, []);
      // Examples ("rivals such as Google and Microsoft") are not parties to each other.
      const examples = set(ctx, 'examples', ctx.pack.relations.examples);
      if (parties.length >= 2 && examples.find(ctx.words, Math.max(0, Math.min(...parties.map((m) => m.from)) - 2), Math.min(...parties.map((m) => m.from))) >= 0) parties.length = 0;
      if (parties.length >= 2) {
        const out: ExtractedClaim[] = [];
        for (let a = 0; a < parties.length; a++) {
          for (let b = a + 1; b < parties.length; b++) {
            const made = claim(ctx, t.relation, parties[a], parties[b], `${ruleId}.conjuncts`, confidence, {});
            if (made) out.push(made);
          }
        }
        return out;
      }
    }
    remember(ctx, t, tFrom, tTo, textSubjectTypes);
    return [];
  }

  // "Zusammenarbeit zwischen Meta und Scale", or a list right after the noun ("تحالف مايكروسوفت وOpenAI"):
  // both parties follow the trigger.
  const between = set(ctx, 'betweenPreps', ctx.pack.relations.betweenPreps);
  // A trigger that fixes its subject before it ("Oracle against rivals A and B") never reads the list as both parties.
  const saysBetween = objects.length >= 2 && t.subject !== 'before' && (between.find(ctx.words, Math.max(0, objects[0].from - 2), objects[0].from) >= 0 || objects[0].from === tTo);
  let subject: SMention | number | undefined;
  let subjectRule = '';
  if (spec.symmetric && saysBetween) {
    subject = objects.shift()!;
    subjectRule = '.between';
  } else if (next) {
    subject = next;
    subjectRule = '.next';
  } else {
    subject = findSubject(ctx, t, tFrom, tTo, textSubjectTypes, objects);
    // Verb-second clauses put the subject right after the verb when something else opens the
    // sentence ("Laut Bericht übernimmt Orbiton die Fluglinie IAG", "Daarna neemt Orbiton …").
    // A noun ("der Anteil an X", "de overname van X") heads a phrase, not a clause: no subject follows it.
    const nounTrigger = (ctx.pack.capitalisesNouns && /^\p{Lu}/u.test(ctx.words[tFrom].text)) || (tFrom > 0 && set(ctx, 'determiners', ctx.pack.entities.determiners).match(ctx.words, tFrom - 1) !== undefined);
    if (subject === undefined && ctx.pack.verbSecond && !t.reversed && !nounTrigger && objects.length > 0) {
      const inverted = after(ctx, tTo, textSubjectTypes, INVERTED_SUBJECT_WINDOW)[0];
      if (inverted && inverted.id === objects[0].id) {
        const rest = findObjects(ctx, t, inverted.from, inverted.to, textObjectTypes).filter((m) => m.id !== inverted.id);
        if (rest.length > 0) {
          subject = inverted;
          subjectRule = '.inverted';
          objects.splice(0, objects.length, ...rest);
        }
      }
    }
  }
  // "The airline competes with …", "L'entreprise est en concurrence avec …": the organisation of the last sentences.
  // "Şirket, … ile rekabet ediyor": where the subject opens the clause, an anaphor opening the sentence is it.
  const opening = t.subject === 'first' && orgAnaphorAt(ctx, 0, 1) === 0;
  if (subject === undefined && textSubjectTypes.includes('Organization') && (opening || orgAnaphorAt(ctx, tFrom - ANAPHOR_WINDOW, tFrom) >= 0)) {
    subject = salientOrg(ctx);
    subjectRule = '.anaphor';
    confidence -= CONTEXT_SUBJECT_PENALTY;
  }
  if (subject === undefined && t.subjectFromContext) {
    // The last subject of this relation stands in the relation's subject role; a reversed
    // trigger needs its object role ("the startup raised … from X"), so only the main organisation fits.
    subject = t.reversed ? ctx.doc.mainOrg : (ctx.doc.lastSubject.get(t.relation) ?? ctx.doc.mainOrg);
    subjectRule = '.context';
    confidence -= CONTEXT_SUBJECT_PENALTY;
    const type = subject === undefined ? undefined : ctx.doc.types.get(subject);
    if (type === undefined || !textSubjectTypes.includes(type)) subject = undefined;
  }
  if (subject === undefined) return [];

  // "Intel and AMD invested …", "Siemens und Bosch investieren …": every conjunct is a subject.
  const subjects = typeof subject === 'number' || t.reversed ? [subject] : conjuncts(ctx, subject, textSubjectTypes, tFrom, objects);
  let qualifiers = attachQualifiers(ctx, t.relation, tFrom, tTo);
  // One figure for several subjects is their joint amount, not each one's.
  if (subjects.length > 1) qualifiers = { ...qualifiers, amount: undefined, amountMin: undefined, amountMax: undefined, currency: undefined };
  const out: ExtractedClaim[] = [];
  const own = amountsPerObject(ctx, tTo, objects);
  for (const subject of subjects)
  for (const o of objects) {
    // Two names of one list are never each other's arguments ("Siemens und Bosch investieren").
    if (typeof subject !== 'number' && subjectRule !== '.between' && sameList(ctx, subject, o)) continue;
    const [relSubject, relObject] = t.reversed ? [o, subject] : [subject, o];
    let relation = t.relation;
    let id = ruleId + subjectRule;
    const objectMention = typeof relObject === 'number' ? undefined : relObject;
    // "owns a 27% stake in OpenAI", "adquirió una participación del 9,9 % en Nexia": a share, not the whole.
    const share = !t.reversed && (relation === 'OWNS' || relation === 'ACQUIRED') ? (o.from >= tTo ? percentBetween(ctx, tTo, o.from) : percentBetween(ctx, o.to, tFrom)) : undefined;
    if (share !== undefined) {
      if (ctx.used.has(`pair:INVESTED_IN:${ctx.doc.keys.get(subjectId(relSubject))}:${ctx.doc.keys.get(o.id)}`)) continue;
      const made = claim(ctx, 'INVESTED_IN', relSubject, relObject, `invested_in.${t.id}.share`, confidence, { ...attachQualifiers(ctx, 'INVESTED_IN', tFrom, tTo), stake: share });
      if (made) {
        out.push(made);
        ctx.used.add(`obj:${o.id}`);
      }
      continue;
    }
    // "venderá su paquete a Telefónica", "sells its stake to X": a share changes hands, nothing is supplied.
    if (relation === 'SUPPLIES' && o.from >= tTo && hasBetween(ctx, set(ctx, 'stakeNouns', ctx.pack.relations.stakeNouns), tTo, o.from)) continue;
    if (t.productRelation && objectMention?.type === 'Product' && !headedByOwnedNoun(ctx, objectMention)) {
      relation = t.productRelation;
      id = `${relation.toLowerCase()}.${t.id}${subjectRule}`;
    }
    const q = own.get(o.id);
    const made = claim(ctx, relation, relSubject, relObject, id, confidence, q ? { ...qualifiers, amount: undefined, amountMin: undefined, amountMax: undefined, ...moneyOf(q) } : qualifiers);
    if (made) {
      out.push(made);
      ctx.used.add(`obj:${o.id}`);
      ctx.used.add(`pair:${relation}:${ctx.doc.keys.get(made.subject)}:${typeof made.object === 'number' ? ctx.doc.keys.get(made.object) : ''}`);
    }
  }
  if (out.length > 0) {
    markAmountUsed(ctx, qualifiers);
    ctx.used.add(`rel:${t.relation}`);
    // "backed by X, which invested $150 million in the company": a trigger of the sentence that found no target opened an event this one completes.
    if (ctx.doc.open?.sentence === ctx.index && ctx.doc.open.relation === t.relation) ctx.doc.open = undefined;
  }
  return out;
}

function subjectId(m: SMention | number): number {
  return typeof m === 'number' ? m : m.id;
}

/** A percentage between a trigger and its object (either order: "yüzde 10 hissesini satın aldı"): the size of a share. */
function percentBetween(ctx: SentenceContext, a: number, b: number): number | undefined {
  const [from, to] = a <= b ? [a, b] : [b, a];
  const q = ctx.quantities.find((x) => x.kind === 'percent' && x.from >= from && x.to <= to && x.value !== undefined && x.value > 0 && x.value < 1);
  return q?.value;
}

/** An amount stated as an investment or a price is not also a spending plan. */
function markAmountUsed(ctx: SentenceContext, q: ReturnType<typeof attachQualifiers>): void {
  for (const m of ctx.quantities) {
    if (m.kind !== 'money') continue;
    if ((q.amount !== undefined && m.value === q.amount) || (q.amountMin !== undefined && m.min === q.amountMin && m.max === q.amountMax)) ctx.used.add(`money:${m.from}`);
  }
}

/** "منصة ثريدز", "the platform Threads": a product named after a head noun of ownership. */
function headedByOwnedNoun(ctx: SentenceContext, m: SMention): boolean {
  const heads = set(ctx, 'ownedHeadNouns', ctx.pack.relations.ownedHeadNouns);
  return heads.find(ctx.words, Math.max(0, m.from - 2), m.from) >= 0;
}

function compoundArgs(ctx: SentenceContext, tFrom: number, sTypes: readonly EntityType[], oTypes: readonly EntityType[]): [SMention, SMention] | undefined {
  const w = ctx.words;
  if (tFrom < 4 || w[tFrom - 1]?.text !== '-' || !w[tFrom - 1].glued || !w[tFrom].glued) return undefined;
  const b = ctx.mentions.find((m) => m.to === tFrom - 1);
  if (!b || w[b.from - 1]?.text !== '-' || !w[b.from].glued) return undefined;
  const a = ctx.mentions.find((m) => m.to === b.from - 1);
  if (!a || !sTypes.includes(a.type) || !oTypes.includes(b.type)) return undefined;
  return [a, b];
}

function findObjects(ctx: SentenceContext, t: TriggerEntry, tFrom: number, tTo: number, types: readonly EntityType[]): SMention[] {
  const preps = t.objectPreps?.length ? set(ctx, `preps:${t.objectPreps.join('|')}`, t.objectPreps) : undefined;
  let first: SMention | undefined;
  if ((t.object ?? 'after') === 'after') {
    for (const m of after(ctx, tTo, types, ARGUMENT_WINDOW)) {
      if (preps) {
        // The preposition stands between the trigger and the object, close to the object;
        // a glued proclitic counts too ("لإيلون": ل + name).
        const lo = Math.max(tTo, wordsBack(ctx, m.from, PREP_WINDOW));
        const glued = ctx.words[m.from].bases.slice(1).length > 0 && t.objectPreps!.some((p) => ctx.words[m.from].fold.startsWith(p));
        if (!glued && preps.find(ctx.words, lo, m.from) < 0) continue;
      }
      first = m;
      break;
    }
    // Verb-final clauses: "das Cognis übernommen hat", "die in Vantix investiert": the object stands before the verb.
    if (!first && ctx.pack.verbFinalClauses && clauseEndsAt(ctx, tTo)) {
      for (const m of before(ctx, tFrom, types, PREP_WINDOW + 2)) {
        if (preps && preps.find(ctx.words, Math.max(0, m.from - 2), m.from) < 0) continue;
        if (!preps && before(ctx, m.from, RELATION_SPECS[t.relation][t.reversed ? 'to' : 'from'], SUBJECT_WINDOW).length === 0) continue;
        first = m;
        break;
      }
    }
  } else {
    for (const m of before(ctx, tFrom, types, ARGUMENT_WINDOW)) {
      if (t.objectSuffixes?.length && !hasSuffix(ctx, m, t.objectSuffixes)) continue;
      first = m;
      break;
    }
  }
  if (types.includes('Organization') && (t.object ?? 'after') === 'after') {
    // "… rejoindrait le groupe", "quitte l'entreprise": the organisation named before in the sentence, else of the last sentences.
    // An anaphor right after the trigger is its object when the name after it stands in another
    // clause ("verlässt das Unternehmen …, teilte SAP mit"); in the same phrase the anaphor is the
    // name's cue ("la compra de la empresa española de ciberseguridad Nubix").
    const at = orgAnaphorAt(ctx, tTo, Math.min(anaphorWindowEnd(ctx, tTo), first ? first.from : Infinity));
    if (at >= 0 && (!first || clauseBreak(ctx, at, first.from))) {
      // Where an organisation is the subject, the one right before the trigger is that subject
      // ("Sequoia Capital, which invested … in the company"), not what "the company" stands for.
      const subjectIsOrg = RELATION_SPECS[t.relation][t.reversed ? 'to' : 'from'].includes('Organization');
      const candidates = before(ctx, tFrom, ['Organization']).slice(subjectIsOrg ? 1 : 0);
      const skipped = subjectIsOrg ? before(ctx, tFrom, ['Organization'])[0] : undefined;
      const salient = salientOrg(ctx);
      const id = candidates[0]?.id ?? (skipped && salient !== undefined && ctx.doc.keys.get(salient) === ctx.doc.keys.get(skipped.id) ? undefined : salient);
      return id === undefined ? [] : [{ id, from: at, to: at, type: 'Organization', name: '' }];
    }
  }
  if (!first) return [];
  if (!t.listObjects) return [first, ...continuedObjects(ctx, t, first, types)];
  return coordinated(ctx, first, types, (t.object ?? 'after') === 'after' ? 1 : -1);
}

/** The anaphor window after a trigger, not counting the words of an amount ("invested $150 million in the company"). */
function anaphorWindowEnd(ctx: SentenceContext, tTo: number): number {
  let end = tTo + ANAPHOR_WINDOW;
  for (const q of ctx.quantities) if (q.from >= tTo && q.from < end) end += q.to - q.from;
  return end;
}

/** The index `n` words before `at`, a hyphenated compound counting as one word ("chipstart-up"). */
function wordsBack(ctx: SentenceContext, at: number, n: number): number {
  let k = at;
  for (let counted = 0; k > 0 && counted < n; ) {
    k--;
    const w = ctx.words[k];
    const inCompound = w.glued && (w.text === '-' || ctx.words[k - 1]?.text === '-');
    if (!inCompound) counted++;
  }
  return k;
}

function clauseBreak(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (/^[,;:()–—]$/u.test(ctx.words[k].text) || ctx.words[k].text === '،') return true;
  return false;
}

/** The mention's last word ends in one of these case endings after an apostrophe ("Alibaba'nın"). */
function hasCaseEnding(ctx: SentenceContext, m: SMention, endings: readonly string[]): boolean {
  const last = ctx.words[m.to - 1];
  if (last.stem === last.text) return false;
  const tail = last.text.slice(last.stem.length).replace(/^['’]/u, '').toLocaleLowerCase('tr');
  return endings.includes(tail);
}

function hasSuffix(ctx: SentenceContext, m: SMention, suffixes: readonly string[]): boolean {
  const last = ctx.words[m.to - 1];
  const tail = last.text.slice(last.stem.length).replace(/^['’]/u, '').toLocaleLowerCase('und');
  // A case ending may also be written as a word of its own after the name (Turkish "Baykar ile" = "Baykar'la").
  const following = ctx.words[m.to]?.fold;
  return suffixes.some((s) => tail === s || (s.length > 2 && following === s));
}

function findSubject(
  ctx: SentenceContext,
  t: TriggerEntry,
  tFrom: number,
  tTo: number,
  types: readonly EntityType[],
  objects: readonly SMention[],
): SMention | number | undefined {
  // A mention already taken as an object stays available to a reversed trigger (its text subject
  // is the relation's object) and to an apposition ("… in Anthropic, the developer of Claude").
  const notObject = (m: SMention) => !objects.includes(m) && (t.reversed || !ctx.used.has(`obj:${m.id}`) || apposedTo(ctx, m, tFrom));
  // "die Investition von Meta in Scale": a subject after the trigger, marked by "von/of".
  if (t.subjectPreps?.length) {
    const sp = set(ctx, `spreps:${t.subjectPreps.join('|')}`, t.subjectPreps);
    const cand = after(ctx, tTo, types, PREP_WINDOW + 1).find((m) => notObject(m) && sp.find(ctx.words, Math.max(tTo, m.from - 2), m.from) >= 0);
    // Objects after the trigger must follow the subject ("von Meta in Scale"); objects before it do not count.
    if (cand && objects.every((o) => o.from > cand.from || o.to <= tFrom)) return cand;
  }
  const side = t.subject === 'next' ? 'before' : (t.subject ?? (t.object === 'before' ? 'after' : 'before'));
  const pronoun = personPronoun(ctx, tFrom, side);
  const candidates =
    side === 'first'
      ? ctx.mentions.filter((m) => types.includes(m.type) && m.to <= tFrom).sort((a, b) => a.from - b.from)
      : side === 'before'
      ? before(ctx, Math.min(tFrom, ...objects.map((o) => o.from)), types, SUBJECT_WINDOW)
      : side === 'after'
        ? after(ctx, Math.max(tTo, ...objects.map((o) => o.to)), types, ARGUMENT_WINDOW)
        : [...before(ctx, tFrom, types, SUBJECT_WINDOW), ...after(ctx, tTo, types, ARGUMENT_WINDOW)];
  // A genitive names the possessor of the word right after it: the argument of a trigger it stands
  // next to ("Baykar'ın geliştirdiği", "Turkcell'in yan kuruluşu"), of nothing further on.
  const genitive = ctx.pack.morphology.genitiveCase;
  const possessorElsewhere = (m: SMention) => genitive.length > 0 && m.to !== tFrom && hasCaseEnding(ctx, m, genitive);
  // Reported speech: "Siemens said that Bosch plans …" — the subject is in the reported clause
  // when the clause names one; only a clause without a name ("… that it will invest") leaves the speaker.
  const comp = side === 'before' ? lastIndexOf(ctx, set(ctx, 'complementisers', ctx.pack.relations.complementisers), 0, tFrom) : -1;
  const inClause = comp >= 0 ? candidates.filter((m) => m.from > comp) : candidates;
  const found = (inClause.length > 0 ? inClause : candidates).find((m) => notObject(m) && !possessorElsewhere(m));
  if (found) return found;
  if (pronoun !== undefined && types.includes('Person')) return pronoun;
  return undefined;
}

/** "Anthropic, the San Francisco-based developer of …": the mention heads an apposition that holds the trigger. */
function apposedTo(ctx: SentenceContext, m: SMention, tFrom: number): boolean {
  // At least one word between comma and trigger: "X, compite con …" ends a clause, it is no apposition.
  if (m.to + 1 >= tFrom || ctx.words[m.to]?.text !== ',' || tFrom - m.to > APPOSITION_WINDOW) return false;
  for (let k = m.to + 1; k < tFrom; k++) if (ctx.words[k].text === ',' || ctx.mentions.some((x) => x.from === k && x.type === m.type)) return false;
  return true;
}

/**
 * "La operación valora la compañía en más de 1.000 millones": a sentence about the deal just
 * reported adds the valuation or stake it states to that claim (it never changes a value).
 */
function completeLastClaim(ctx: SentenceContext, t: TriggerEntry, tFrom: number, tTo: number): void {
  const last = ctx.doc.lastClaim.get(t.relation);
  if (!last || ctx.index - last.sentence > FOLLOW_UP_SENTENCES) return;
  // A sentence that names organisations must name one of the deal's parties.
  const keys = new Set([last.subject, last.object].map((id) => (typeof id === 'number' ? ctx.doc.keys.get(id) : undefined)));
  const orgs = ctx.mentions.filter((m) => m.type === 'Organization');
  // A short name counts as its party ("Quillon" after "Quillon Labs").
  const party = (key: string | undefined) => key !== undefined && [...keys].some((k) => k !== undefined && (k === key || k.startsWith(`${key} `)));
  if (orgs.length > 0 && !orgs.some((m) => party(ctx.doc.keys.get(m.id)))) return;
  const here = attachQualifiers(ctx, t.relation, tFrom, tTo);
  if (here.valuation !== undefined && last.valuation === undefined) last.valuation = here.valuation;
  if (here.stake !== undefined && last.stake === undefined) last.stake = here.stake;
}

/** "Er wird …": a person pronoun before the trigger stands for the last person named. */
function personPronoun(ctx: SentenceContext, tFrom: number, side: 'before' | 'after' | 'any' | 'first'): number | undefined {
  if (side === 'after' || ctx.doc.lastPerson === undefined) return undefined;
  const pronouns = ctx.pack.entities.personPronouns;
  for (let k = 0; k < tFrom; k++) if (pronouns.some((p) => wordMatches(ctx.words[k], p))) return ctx.doc.lastPerson;
  return undefined;
}

/**
 * "… 14 milyar dolarlık yatırım yaptı." names an investor and an amount but no target:
 * keep it open, so that "Bu yatırımın merkezinde … Scale AI" can complete it.
 */
function remember(ctx: SentenceContext, t: TriggerEntry, tFrom: number, tTo: number, types: readonly EntityType[]): void {
  if (t.reversed || !RELATION_SPECS[t.relation].qualifiers.includes('amount')) return;
  // "… invest $4 billion in Anthropic, bringing its total investment to $8 billion": the event is complete.
  if (ctx.used.has(`rel:${t.relation}`)) return;
  // Only when the sentence names no other organisation: otherwise the target is here and the rule cannot tell which.
  const subjectKeyOf = (id: number) => ctx.doc.keys.get(id);
  const q = attachQualifiers(ctx, t.relation, tFrom, tTo);
  if (q.amount === undefined && q.amountMin === undefined) return;
  const subject = findSubject(ctx, t, tFrom, tTo, types, []);
  if (subject === undefined) return;
  const sid = typeof subject === 'number' ? subject : subject.id;
  if (ctx.mentions.some((m) => m.type === 'Organization' && subjectKeyOf(m.id) !== subjectKeyOf(sid))) return;
  ctx.doc.open = { relation: t.relation, subject: typeof subject === 'number' ? subject : subject.id, qualifiers: q, sentence: ctx.index };
}

/** "Bu yatırımın merkezinde, … Scale AI bulunuyor": the object of the open event, with its amount. */
function anaphoric(ctx: SentenceContext, t: TriggerEntry, tFrom: number, tTo: number, types: readonly EntityType[], ruleId: string, confidence: number): ExtractedClaim[] {
  const open = ctx.doc.open;
  if (!open || open.relation !== t.relation) {
    completeLastClaim(ctx, t, tFrom, tTo);
    return [];
  }
  const subjectKey = ctx.doc.keys.get(open.subject);
  const targetKey = open.object === undefined ? undefined : ctx.doc.keys.get(open.object);
  const object = ctx.mentions.find(
    (m) => types.includes(m.type) && ctx.doc.keys.get(m.id) !== subjectKey && !ctx.used.has(`obj:${m.id}`) && (targetKey === undefined || ctx.doc.keys.get(m.id) === targetKey),
  );
  if (!object || ctx.doc.types.get(open.subject) === undefined) return [];
  const here = attachQualifiers(ctx, t.relation, tFrom, tTo);
  const q = { ...open.qualifiers };
  // A figure in this sentence that is a valuation or stake adds to the event; its amount stays.
  if (here.valuation !== undefined) q.valuation = here.valuation;
  if (here.stake !== undefined) q.stake = here.stake;
  const made = claim(ctx, t.relation, open.subject, object, `${ruleId}.anaphora`, confidence - CONTEXT_SUBJECT_PENALTY, q);
  if (!made) return [];
  // The event has its target now: a later "the deal" adds to it only where the target is named again.
  open.object = object.id;
  return [made];
}

/**
 * The subjects coordinated with `first` on its side of the trigger ("Siemens und Bosch"): only
 * where a list joiner stands between them, so that a comma between two clauses joins nothing.
 */
function conjuncts(ctx: SentenceContext, first: SMention, types: readonly EntityType[], tFrom: number, objects: readonly SMention[]): SMention[] {
  const list = coordinated(ctx, first, types, first.from < tFrom ? -1 : 1).filter((m) => !objects.includes(m));
  if (list.length < 2) return [first];
  const from = Math.min(...list.map((m) => m.from));
  const to = Math.max(...list.map((m) => m.to));
  const joiners = set(ctx, 'listJoiners', ctx.pack.relations.listJoiners);
  return joiners.find(ctx.words, from, to) >= 0 ? list : [first];
}

/** How far after its patient the agent of a noun may stand ("le rachat d'Altice Media, maison mère de BFMTV, par CMA CGM"). */
const NOUN_AGENT_WINDOW = 12;
/** How far an auxiliary may stand from its participle ("was quietly acquired", "wurde 2021 von Acme übernommen"). */
const AUX_WINDOW = 6;

/**
 * A passive clause around a trigger: an auxiliary (where the language has one) and an agent
 * marked by the pack's passive prepositions, after the verb ("acquired by Acme"), between the
 * auxiliary and a verb-final participle ("wurde von Acme übernommen"), or as a postposition
 * after the agent ("Acme tarafından"). The patient is the nearest mention of the object types
 * before the auxiliary, else after the verb.
 *   en.acquired.acquire.passive   "Beta Labs was acquired by Acme Corp."
 */
function passiveArgs(ctx: SentenceContext, tFrom: number, tTo: number, agentTypes: readonly EntityType[], patientTypes: readonly EntityType[]): { agent: SMention; patient: SMention } | undefined {
  const { pack, words } = ctx;
  if (pack.relations.passiveAgents.length === 0) return undefined;
  const agents = set(ctx, 'passiveAgents', pack.relations.passiveAgents);
  const dets = set(ctx, 'determiners', pack.entities.determiners);
  const auxes = set(ctx, 'passiveAuxiliaries', pack.relations.passiveAuxiliaries);
  const needsAux = pack.relations.passiveAuxiliaries.length > 0;
  const auxBefore = needsAux ? lastIndexOf(ctx, auxes, Math.max(0, tFrom - AUX_WINDOW), tFrom) : -1;
  const auxAfter = needsAux && pack.verbFinalClauses && auxes.match(words, tTo) ? tTo : -1;
  /** The mention an agent preposition at k introduces (articles may stand between). */
  const introduced = (k: number): SMention | undefined => {
    const m = agents.match(words, k);
    if (!m) return undefined;
    let j = k + m.length;
    while (j < words.length && dets.match(words, j)) j++;
    return ctx.mentions.find((x) => x.from === j && agentTypes.includes(x.type));
  };
  let agent: SMention | undefined;
  // After the verb: "acquired by Acme", "racheté par Acme", "adquirida por Acme", "من قبل".
  // Without an auxiliary only a participle right before its agent reads as passive ("Beta, backed by Sequoia").
  for (let k = tTo; k < Math.min(words.length, tTo + (auxBefore >= 0 || !needsAux ? 2 : 1)) && !agent; k++) agent = introduced(k);
  // A noun with its patient first: "de overname van Stada door Bain", "le rachat d'Altice Media, …, par CMA CGM",
  // "the acquisition of Beta by Acme": the agent follows the patient.
  let patientFirst: SMention | undefined;
  if (!agent) {
    const p = after(ctx, tTo, patientTypes, PREP_WINDOW)[0];
    if (p) {
      for (let k = p.to; k < Math.min(words.length, p.to + NOUN_AGENT_WINDOW) && !agent; k++) {
        if (words[k].text === '.' || set(ctx, 'complementisers', pack.relations.complementisers).match(words, k)) break;
        agent = introduced(k);
      }
      if (agent) patientFirst = p;
    }
  }
  // Verb-final: "wurde von Acme übernommen", "werd door Acme overgenomen".
  if (!agent && pack.verbFinalClauses && (auxBefore >= 0 || auxAfter >= 0)) {
    for (let k = Math.max(auxBefore + 1, tFrom - AUX_WINDOW); k < tFrom && !agent; k++) agent = introduced(k);
  }
  // Postposition: "Acme tarafından satın alındı".
  if (!agent && !needsAux) {
    for (let k = Math.max(1, tFrom - AUX_WINDOW); k <= tFrom - 1 && !agent; k++) {
      if (agents.match(words, k)) agent = ctx.mentions.find((x) => x.to === k && agentTypes.includes(x.type));
    }
  }
  if (!agent) return undefined;
  if (patientFirst) return { agent, patient: patientFirst };
  const agentId = agent.id;
  const edge = auxBefore >= 0 ? auxBefore : Math.min(tFrom, agent.from);
  const patient =
    before(ctx, edge, patientTypes, SUBJECT_WINDOW).find((m) => m.id !== agentId && ctx.doc.keys.get(m.id) !== ctx.doc.keys.get(agentId)) ??
    after(ctx, tTo, patientTypes, ARGUMENT_WINDOW).find((m) => m.id !== agentId && m.from > agent!.to);
  return patient ? { agent, patient } : undefined;
}

function lastIndexOf(ctx: SentenceContext, s: ReturnType<typeof set>, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (s.match(ctx.words, k)) return k;
  return -1;
}

/**
 * Whether two mentions are joined by a list joiner, with nothing but commas beside it: a comma
 * alone is no list ("Nvidia, Turkcell'e … tedarik edecek" marks a subject).
 */
function sameList(ctx: SentenceContext, a: SMention, b: SMention): boolean {
  const [x, y] = a.from < b.from ? [a, b] : [b, a];
  if (y.from <= x.to) return false;
  const joiners = set(ctx, 'listJoiners', ctx.pack.relations.listJoiners);
  let joined = false;
  for (let k = x.to; k < y.from; ) {
    const w = ctx.words[k];
    if (w.text === ',' || w.text === '،') k++;
    else {
      const m = joiners.match(ctx.words, k);
      if (!m) return false;
      joined = true;
      k += m.length;
    }
  }
  return joined;
}

/** The clause ends at word k: punctuation, the sentence's end, or an auxiliary after a participle ("übernommen hat", "overgenomen werd"). */
function clauseEndsAt(ctx: SentenceContext, k: number): boolean {
  const w = ctx.words[k];
  if (!w || w.kind === 'punct') return true;
  return set(ctx, 'passiveAuxiliaries', ctx.pack.relations.passiveAuxiliaries).match(ctx.words, k) !== undefined || set(ctx, 'perfectAuxiliaries', ctx.pack.relations.perfectAuxiliaries).match(ctx.words, k) !== undefined;
}


/** How many words a continued object ("and $30 million in C") may take after its joiner. */
const CONTINUATION_WINDOW = 8;

/**
 * "A invested $10 million in B and $30 million in C": after the first object, a list joiner,
 * an amount and the trigger's preposition again name another object, with its own amount.
 */
function continuedObjects(ctx: SentenceContext, t: TriggerEntry, first: SMention, types: readonly EntityType[]): SMention[] {
  if (!t.objectPreps?.length || (t.object ?? 'after') !== 'after') return [];
  const joiners = set(ctx, 'listJoiners', ctx.pack.relations.listJoiners);
  const preps = set(ctx, `preps:${t.objectPreps.join('|')}`, t.objectPreps);
  const dets = set(ctx, 'determiners', ctx.pack.entities.determiners);
  const out: SMention[] = [];
  let cur = first;
  for (;;) {
    let k = cur.to;
    if (ctx.words[k]?.text === ',') k++;
    const j = joiners.match(ctx.words, k);
    if (!j) break;
    k += j.length;
    const money = ctx.quantities.find((q) => q.kind === 'money' && q.from === k);
    if (!money) break;
    k = money.to;
    const p = preps.match(ctx.words, k);
    if (!p) break;
    k += p.length;
    while (k < ctx.words.length && k - cur.to < CONTINUATION_WINDOW && dets.match(ctx.words, k)) k++;
    const next = ctx.mentions.find((m) => m.from === k && types.includes(m.type));
    if (!next) break;
    out.push(next);
    cur = next;
  }
  return out;
}

/** With several objects, each one's own figure: the last amount between the previous object (or the trigger) and it. */
function amountsPerObject(ctx: SentenceContext, tTo: number, objects: readonly SMention[]): Map<number, Quantity> {
  const out = new Map<number, Quantity>();
  if (objects.length < 2) return out;
  let from = tTo;
  for (const o of [...objects].sort((a, b) => a.from - b.from)) {
    const q = ctx.quantities.filter((x) => x.kind === 'money' && x.from >= from && x.to <= o.from).pop();
    if (q) out.set(o.id, q);
    from = o.to;
  }
  // Only where every object has its own figure; otherwise one figure is shared and stays as it is.
  return out.size === objects.length ? out : new Map();
}

const compiledCache = new WeakMap<LanguagePack, ReadonlyArray<readonly [TriggerEntry, PhraseSet]>>();

/** Each trigger of the pack with its forms compiled, once per pack (looked up for every sentence). */
function compiledTriggers(pack: LanguagePack): ReadonlyArray<readonly [TriggerEntry, PhraseSet]> {
  let c = compiledCache.get(pack);
  if (!c) {
    c = pack.relations.triggers.map((t) => [t, triggerPhrases(pack, `${t.relation}:${t.id}`, () => t.forms)] as const);
    compiledCache.set(pack, c);
  }
  return c;
}
