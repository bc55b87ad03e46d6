/**
 * OWNS from a list of brands: a brand noun of the pack, then (after "such as", a colon or
 * nothing) a list of names, owned by the organisation the phrase belongs to.
 *   en.owns.brand-list   "Snyder’s-Lance’s portfolio includes brands such as Kettle Chips and Pop Secret"
 *   es.owns.brand-list   "las marcas del grupo: Peugeot, Citroën, Opel, Fiat o Alfa Romeo"
 * The owner is the nearest organisation before the brand noun in the sentence, else, where a
 * company noun says whose they are ("marcas del grupo"), the salient organisation of the last
 * sentences; without either there is no claim.
 */
import type { LanguagePack } from '../../lang/types.js';
import type { ExtractedClaim } from '../../model/extraction.js';
import { before, claim, coordinated, salientOrg, set, type SentenceContext } from './context.js';

const BRAND_CONFIDENCE = 0.7;
/** Words between the brand noun and its list ("brands of the group such as", "marcas del grupo:"). */
const LIST_REACH = 5;
/** How far before the brand noun its owner may be named. */
const OWNER_WINDOW = 12;

export function brandListRule(ctx: SentenceContext): ExtractedClaim[] {
  const nouns = set(ctx, 'brandNouns', ctx.pack.entities.brandNouns);
  const out: ExtractedClaim[] = [];
  for (let k = 0; k < ctx.words.length; k++) {
    const m = nouns.match(ctx.words, k);
    if (!m) continue;
    const end = k + m.length;
    const first = ctx.mentions.find((x) => x.from >= end && x.from <= end + LIST_REACH && (x.type === 'Organization' || x.type === 'Product'));
    if (!first) continue;
    const brands = coordinated(ctx, first, ['Organization', 'Product']);
    // A list, or a single name introduced by a colon or "such as": never a name that merely follows.
    const examples = set(ctx, 'examples', ctx.pack.relations.examples);
    const introduced = brands.length > 1 || ctx.words.slice(end, first.from).some((w) => w.text === ':') || examples.find(ctx.words, end, first.from) >= 0;
    if (!introduced) continue;
    // The organisation named before; else, where a company noun says whose they are ("marcas del grupo"), the salient one.
    const salient = companyWordBetween(ctx, end, first.from) ? salientOrg(ctx) : undefined;
    const owner = before(ctx, k, ['Organization'], OWNER_WINDOW).find((o) => !brands.includes(o))?.id ?? (salient !== undefined && !brands.some((b) => ctx.doc.keys.get(b.id) === ctx.doc.keys.get(salient)) ? salient : undefined);
    if (owner === undefined) continue;
    for (const b of brands) {
      const made = claim(ctx, 'OWNS', owner, b, 'owns.brand-list', BRAND_CONFIDENCE);
      if (made) out.push(made);
    }
    k = Math.max(k, brands[brands.length - 1].to - 1);
  }
  return out;
}

/** A company noun's head word ("grupo" of "el grupo", "Konzern") stands in [from, to). */
function companyWordBetween(ctx: SentenceContext, from: number, to: number): boolean {
  const heads = companyWords(ctx.pack);
  for (let j = from; j < to; j++) if (heads.has(ctx.words[j].fold)) return true;
  return false;
}

const companyWordCache = new WeakMap<LanguagePack, ReadonlySet<string>>();

function companyWords(pack: LanguagePack): ReadonlySet<string> {
  let s = companyWordCache.get(pack);
  if (!s) {
    s = new Set([...pack.entities.companyNouns.map((n) => n.split(' ').pop()!), ...pack.entities.companyHeads]);
    companyWordCache.set(pack, s);
  }
  return s;
}
