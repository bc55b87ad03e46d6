/**
 * SUPPLIES from goods or services named with their maker:
 *   de.supplies.goods   "Meta nutzt bereits die Dienste von Scale AI", "Prozessoren von Nvidia"
 *   ar.supplies.goods   "وحدة معالجة رسومية GPU مصممة من إنفيديا"
 * The customer is the other organisation of the sentence, else the document's main one.
 */
import type { ExtractedClaim } from '../../model/extraction.js';
import { after, before, claim, set, type SentenceContext } from './context.js';
import { possessedBusiness } from './triggers.js';

/** Words between the goods noun and the supplier ("GPU mصممة من", "Dienste von"). */
const GOODS_WINDOW = 3;
const CONFIDENCE = 0.7;

export function supplyRule(ctx: SentenceContext): ExtractedClaim[] {
  const r = ctx.pack.relations;
  const goods = set(ctx, 'suppliedGoods', r.suppliedGoods);
  const preps = set(ctx, 'supplierPreps', r.supplierPreps);
  const out: ExtractedClaim[] = [];
  for (let i = 0; i < ctx.words.length; i++) {
    const g = goods.match(ctx.words, i);
    if (!g) continue;
    const end = i + g.length;
    const supplier = after(ctx, end, ['Organization'], GOODS_WINDOW + 1).find((m) => {
      const glued = ctx.words[m.from].bases.length > 1 && r.supplierPreps.some((p) => ctx.words[m.from].fold.startsWith(p));
      return glued || preps.find(ctx.words, end, m.from) >= 0;
    });
    // "vend son activité de services … à Oasis Group": the seller's own business, sold; nothing supplied.
    if (!supplier || ownBusinessBefore(ctx, i)) continue;
    const customer = before(ctx, i, ['Organization']).find((m) => m.id !== supplier.id);
    const cust = customer?.id ?? ctx.doc.mainOrg;
    if (cust === undefined || cust === supplier.id) continue;
    const made = claim(ctx, 'SUPPLIES', supplier, cust, customer ? 'supplies.goods' : 'supplies.goods.context', customer ? CONFIDENCE : CONFIDENCE - 0.1);
    if (made) out.push(made);
    ctx.used.add(`obj:${supplier.id}`);
    i = end - 1;
  }
  return out;
}

/** Words back from a goods noun to the possessive of the business it belongs to ("son activité de services"). */
const OWN_BUSINESS_REACH = 3;

function ownBusinessBefore(ctx: SentenceContext, i: number): boolean {
  for (let k = Math.max(0, i - OWN_BUSINESS_REACH); k < i; k++) if (possessedBusiness(ctx, k)) return true;
  return false;
}
