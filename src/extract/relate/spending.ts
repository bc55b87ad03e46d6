/**
 * PLANS_SPENDING: an organisation's spending plan with its amount (or range) and year.
 *   de.plans_spending.amount   "im Jahr 2025 rund 68 Milliarden US-Dollar in Kapitalausgaben zu stecken … bei Meta"
 *   ar.plans_spending.amount   "تخصيص ما بين 60 إلى 65 مليار دولار خلال عام 2025" (and 38.4 مليار … لعام 2024)
 * Figures that the sentence attributes to analysts or estimates are not plans.
 */
import type { ExtractedClaim } from '../../model/extraction.js';
import { isDealMoney, type Quantity } from '../quantities.js';
import { clauseOf, isPastSpending, periodNear, relativeYear } from '../time.js';
import { after, before, claim, isComma, mentionAt, orgAnaphorAt, salientOrg, set, type SentenceContext } from './context.js';
import { isValuation, moneyOf } from './qualifiers.js';

/** Below this a figure is not a corporate spending plan (prices, salaries). */
const MIN_SPENDING = 1e6;
/** How far (in words) a year may stand from its amount. */
const YEAR_WINDOW = 8;
const CONFIDENCE = 0.75;
const DEFAULT_TOPIC = 'Capital expenditure';

export function spendingRule(ctx: SentenceContext): ExtractedClaim[] {
  const r = ctx.pack.relations;
  const triggers = set(ctx, 'spendingTriggers', r.spendingTriggers);
  // "anunció una inversión de 2.100 millones de euros en centros de datos": the investment noun with a topic after it.
  const noun = set(ctx, 'investmentNouns', r.investmentNouns).find(ctx.words);
  const topicAfterNoun = noun >= 0 && topicOf(ctx, noun, ctx.words.length) !== undefined;
  const trig = triggers.find(ctx.words);
  if (trig < 0 && !topicAfterNoun) return [];
  if (set(ctx, 'estimateCues', r.estimateCues).has(ctx.words)) return [];
  // A sentence that states an investment in, or a purchase of, another company is not about a budget.
  if (ctx.used.has('rel:INVESTED_IN') || ctx.used.has('rel:ACQUIRED')) return [];
  const money = ctx.quantities.filter(
    (q) => isDealMoney(q) && !ctx.used.has(`money:${q.from}`) && (q.value ?? q.max ?? 0) >= MIN_SPENDING && !isValuation(ctx, q) && !isConversion(ctx, q),
  );
  if (money.length === 0) return [];
  let subject: number | undefined = spendingSubject(ctx, money[0].from);
  let rule = 'plans_spending.amount';
  let confidence = CONFIDENCE;
  // With only the investment noun, the spender is named before it; "L’investissement de 15 milliards …" (the
  // investment, with its article) is the one of the organisation the last sentences were about.
  if (trig < 0) {
    const m = subject === undefined ? undefined : ctx.mentions.find((x) => x.id === subject);
    if (m === undefined || m.from > noun) {
      subject = noun > 0 && set(ctx, 'determiners', ctx.pack.entities.determiners).match(ctx.words, noun - 1) !== undefined ? salientOrg(ctx) : undefined;
      rule += '.context';
      confidence -= 0.15;
    }
  }
  // "Het bedrijf heeft $65 miljard … toegezegd": an organisation anaphor before the figure stands
  // for the organisation of the last sentences. Without one the spender is unknown: give up.
  // "Laut der Beratungsfirma Deloitte muss Deutschland … investieren": where a source is quoted before the figure and no
  // organisation stands as the spender, the spender is someone else the sentence names (a country, a sector), or no one.
  // (A source is no mention of the sentence's relations: its phrase is what says so.)
  const source = set(ctx, 'sourcePhrases', ctx.pack.relations.sourcePhrases).find(ctx.words);
  const quoted = source >= 0 && source < money[0].from;
  if (subject === undefined && quoted) return [];
  if (subject === undefined && orgAnaphorAt(ctx, 0, money[0].from) >= 0) {
    subject = salientOrg(ctx);
    rule += '.context';
    confidence -= 0.15;
  }
  if (subject === undefined) return [];
  // A figure paid to another company ("ستدفع 1.18 مليار دولار … لشركة بورينغر") or put into one
  // ("investeert 10 miljard dollar in het bedrijf achter ChatGPT") is a price or a stake, no budget.
  const spender = ctx.doc.keys.get(subject);
  const firstAmount = money[0].from;
  if (ctx.mentions.some((m) => m.type === 'Organization' && m.from > firstAmount && ctx.doc.keys.get(m.id) !== spender)) return [];
  if (orgAnaphorAt(ctx, money[money.length - 1].to, ctx.words.length) >= 0) return [];
  const sentenceTopic = topicOf(ctx);
  const out: ExtractedClaim[] = [];
  for (const m of money) {
    const year = yearFor(ctx, m);
    // The amount's own clause says whether it was spent and on what ("…, compared with capital spending of $38.4bn in 2024").
    const clause = clauseOf(ctx.words, m.from, m.to);
    const relative = year === undefined ? relativeYear(ctx.words, ctx.pack, 0, ctx.words.length, m.from) : undefined;
    const period = periodNear(ctx.words, ctx.pack, m.from, m.to, YEAR_WINDOW);
    // A quarter or month without a year is one of the document's year ("in the third quarter" → its year).
    const yearOffset = relative ?? (year === undefined && (period.quarter !== undefined || period.month !== undefined) ? 0 : undefined);
    const past = [yearOffset, period.quarterOffset, period.monthOffset].some((o) => o !== undefined && o < 0);
    const actual = isPastSpending(ctx.words, ctx.pack, clause.from, clause.to) || past;
    const topic = topicOf(ctx, clause.from, clause.to) ?? sentenceTopic;
    const made = claim(ctx, 'PLANS_SPENDING', subject, { topic }, rule, confidence, { ...moneyOf(m), year, yearOffset, ...period, ...(actual ? { period: 'actual' as const } : {}) });
    if (made) out.push(made);
  }
  return out;
}

/**
 * The spender: an organisation before the figure ("Meta will … $65 billion"); else, when
 * the sentence names one organisation only, that one ("… 68 Milliarden … bei Meta"); else
 * the document's main organisation is left to the caller.
 */
function spendingSubject(ctx: SentenceContext, at: number): number | undefined {
  // A word of a name is no anaphor ("Kestrel Holding" holds "holding").
  const listed = set(ctx, 'orgAnaphors', ctx.pack.entities.orgAnaphors);
  let anaphorAt = -1;
  for (let k = 0; k < at && anaphorAt < 0; k++) if (listed.match(ctx.words, k) && mentionAt(ctx, k) === undefined) anaphorAt = k;
  // "Siemens said that Bosch plans to spend …": the spender is in the reported clause where it names one.
  const comps = set(ctx, 'complementisers', ctx.pack.relations.complementisers);
  let comp = -1;
  for (let k = at - 1; k >= 0 && comp < 0; k--) if (comps.match(ctx.words, k)) comp = k;
  const all = before(ctx, at, ['Organization']);
  const inClause = comp >= 0 ? all.filter((m) => m.from > comp) : all;
  const beforeIt = inClause.length > 0 ? inClause : all;
  if (beforeIt.length > 0 && anaphorAt < 0) {
    // "Boltway, which is owned by Acme, will invest …": a name inside an apposition is not the spender; the name it describes is.
    const nearest = beforeIt[beforeIt.length - 1];
    const open = ctx.words.slice(0, nearest.from).map((w) => isComma(w.text)).lastIndexOf(true);
    const closes = ctx.words.slice(nearest.to, at).some((w) => isComma(w.text));
    const described = open > 0 && closes ? ctx.mentions.find((m) => m.type === 'Organization' && m.to === open) : undefined;
    return (described ?? nearest).id;
  }
  // "Amazon chief executive Andy Jassy said the company plans to spend …": the company named before it.
  if (anaphorAt >= 0) return before(ctx, anaphorAt, ['Organization'])[0]?.id;
  const keys = new Set(ctx.mentions.filter((m) => m.type === 'Organization').map((m) => ctx.doc.keys.get(m.id)));
  return keys.size === 1 ? after(ctx, at, ['Organization'])[0]?.id : undefined;
}

/** An amount in parentheses right after another is its conversion ("6,690 millones de euros (7,160 millones de dólares)"). */
function isConversion(ctx: SentenceContext, q: Quantity): boolean {
  return ctx.words[q.from - 1]?.text === '(' && ctx.quantities.some((p) => p.kind === 'money' && p.to === q.from - 1);
}

function topicOf(ctx: SentenceContext): string;
function topicOf(ctx: SentenceContext, from: number, to: number): string | undefined;
/** The first spending topic in words [from, to); over the whole sentence, the default topic when none. */
function topicOf(ctx: SentenceContext, from?: number, to?: number): string | undefined {
  const topics = ctx.pack.relations.spendingTopics;
  const s = set(ctx, 'spendingTopics', Object.keys(topics));
  for (let i = from ?? 0; i < (to ?? ctx.words.length); i++) {
    const m = s.match(ctx.words, i);
    if (m) return topics[m.value];
  }
  return from === undefined ? DEFAULT_TOPIC : undefined;
}

/** The year nearest the amount, preferring one introduced by a year cue ("im Jahr", "خلال عام"). */
function yearFor(ctx: SentenceContext, m: Quantity): number | undefined {
  const cues = set(ctx, 'yearCues', ctx.pack.numbers.yearCues);
  let best: { year: number; score: number } | undefined;
  for (const q of ctx.quantities) {
    if (q.kind !== 'year' || q.value === undefined) continue;
    const dist = q.to <= m.from ? m.from - q.to : q.from - m.to;
    if (dist > YEAR_WINDOW) continue;
    const cued = cues.find(ctx.words, Math.max(0, q.from - 2), q.from) >= 0;
    const score = dist - (cued ? 2 : 0);
    if (!best || score < best.score) best = { year: q.value, score };
  }
  return best?.year;
}
