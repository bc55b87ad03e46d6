/**
 * Arabic phrasings of business news that the pack reads (invented sentences, invented names):
 * names in guillemets or quotes after a company noun, the stake noun with a possessive
 * ("حصتها في"), adjectives after a company noun that name nothing, subsidiaries ("شركتها الفرعية") and the honorific المهندس.
 */
import { describe, expect, it } from 'vitest';
import { extract, mentionsOf, triples } from '../extract/helpers.js';

describe('ar: news phrasings', () => {
  it.each([
    // a quoted name after a company noun
    ['أعلنت شركة «نوراتك» عن استحواذها على شركة «بلسم» مقابل 20 مليون دولار.', 'نوراتك ACQUIRED بلسم'],
    ['قال أحمد الزهراني الرئيس التنفيذي لشركة «نوراتك» إن الصفقة مهمة.', 'أحمد الزهراني CEO_OF نوراتك'],
    ['أعلنت مجموعة "رواسي" عن استحواذها على شركة "سنابل".', 'رواسي ACQUIRED سنابل'],
    // the stake noun with a possessive suffix
    ['زادت شركة نوراتك حصتها في شركة بلسم إلى 60%.', 'نوراتك INVESTED_IN بلسم'],
    // a subsidiary: the parent before, the subsidiary after
    ['أوضحت مجموعة "رواسي" أن شركتها الفرعية "نخيل" وقعت اتفاقا.', 'رواسي OWNS نخيل'],
  ] as const)('%s', async (text, fact) => {
    expect(triples(await extract(text, 'ar'))).toContain(fact);
  });

  it('reads no name in an adjective after a company noun', async () => {
    const x = await extract('تتنافس شركة «نوراتك» مع شركة عربية في السوق.', 'ar');
    expect(mentionsOf(x).map((m) => m.name)).not.toContain('عربية');
  });

  it('reads no name in a nationality adjective after a company noun', async () => {
    const x = await extract('استحوذت مجموعة رواسي على شركة إيطالية رائدة في صناعة الأغذية.', 'ar');
    expect(mentionsOf(x).map((m) => m.name)).not.toContain('إيطالية');
  });

  it('reads المهندس as an honorific before a name', async () => {
    const x = await extract('وقع الاتفاق المهندس سامي العتيبي في الرياض.', 'ar');
    expect(mentionsOf(x)).toContainEqual(expect.objectContaining({ name: 'سامي العتيبي', type: 'Person' }));
  });
});
