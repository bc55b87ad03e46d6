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

describe('ar: business vocabulary by relation', () => {
  it.each([
    // INVESTED_IN: a round led by an investor, funding from one, money pumped into a company
    ['جمعت شركة نوراتك 50 مليون دولار في جولة تمويل بقيادة شركة بلسم.', 'بلسم INVESTED_IN نوراتك'],
    ['حصلت شركة نوراتك على تمويل بقيمة 20 مليون دولار من شركة بلسم.', 'بلسم INVESTED_IN نوراتك'],
    ['ضخت شركة بلسم استثمارات في شركة نوراتك.', 'بلسم INVESTED_IN نوراتك'],
    ['تعد شركة بلسم أكبر مساهم في شركة نوراتك.', 'بلسم INVESTED_IN نوراتك'],
    // verb-first investment and competition
    ['استثمرت شركة بلسم 100 مليون دولار في شركة نوراتك.', 'بلسم INVESTED_IN نوراتك'],
    ['تنافس شركة بلسم شركة نوراتك في سوق الهواتف.', 'بلسم COMPETES_WITH نوراتك'],
    ['أبرمت شركة بلسم صفقة مع شركة نوراتك.', 'بلسم PARTNERS_WITH نوراتك'],
    ['قالت شركة بلسم، المستثمر في شركة نوراتك، إن الصفقة مهمة.', 'بلسم INVESTED_IN نوراتك'],
    // ACQUIRED: buying without "على"
    ['اشترت شركة بلسم شركة نوراتك مقابل 200 مليون دولار.', 'بلسم ACQUIRED نوراتك'],
    // OWNS: owning, "one of the group's companies", parent company, subsidiary of
    ['تمتلك شركة بلسم شركة نوراتك بالكامل.', 'بلسم OWNS نوراتك'],
    ['شركة نوراتك هي إحدى شركات مجموعة رواسي.', 'رواسي OWNS نوراتك'],
    ['مجموعة رواسي هي الشركة الأم لشركة نوراتك.', 'رواسي OWNS نوراتك'],
    ['قالت شركة نوراتك، الشركة الفرعية لمجموعة رواسي، إن الأرباح ارتفعت.', 'رواسي OWNS نوراتك'],
    // PARTNERS_WITH: agreement, joint venture, memorandum of understanding, strategic partner
    ['وقعت شركة بلسم اتفاقية مع شركة نوراتك.', 'بلسم PARTNERS_WITH نوراتك'],
    ['أسست شركة بلسم مشروعا مشتركا مع شركة نوراتك.', 'بلسم PARTNERS_WITH نوراتك'],
    ['وقعت شركة بلسم مذكرة تفاهم مع شركة نوراتك.', 'بلسم PARTNERS_WITH نوراتك'],
    ['تعتبر شركة بلسم الشريك الاستراتيجي لشركة نوراتك.', 'بلسم PARTNERS_WITH نوراتك'],
    // COMPETES_WITH: the main rival
    ['تعد شركة بلسم المنافس الأبرز لشركة نوراتك.', 'بلسم COMPETES_WITH نوراتك'],
    // SUPPLIES: a supply contract to a customer
    ['وقعت شركة بلسم عقدا لتوريد رقائق إلى شركة نوراتك.', 'بلسم SUPPLIES نوراتك'],
    // DEVELOPS: verb-first launches and unveilings
    ['أطلقت شركة نوراتك نموذج «سراج».', 'نوراتك DEVELOPS سراج'],
    ['كشفت شركة نوراتك عن نموذج «سراج».', 'نوراتك DEVELOPS سراج'],
    // titles: general manager (CEO), chief operating officer, co-founder
    ['قال أحمد الزهراني المدير العام لشركة نوراتك إن الصفقة مهمة.', 'أحمد الزهراني CEO_OF نوراتك'],
    ['قال أحمد الزهراني الرئيس التنفيذي للعمليات في شركة نوراتك إن الصفقة مهمة.', 'أحمد الزهراني WORKS_FOR نوراتك'],
    ['قال أحمد الزهراني المؤسس المشارك لشركة نوراتك إن الصفقة مهمة.', 'أحمد الزهراني FOUNDED نوراتك'],
    // JOINED / LEFT: appointment, joining, stepping down
    ['أعلنت شركة نوراتك تعيين أحمد الزهراني رئيسا تنفيذيا.', 'أحمد الزهراني JOINED نوراتك'],
    ['التحق أحمد الزهراني بشركة نوراتك.', 'أحمد الزهراني JOINED نوراتك'],
    ['تنحى أحمد الزهراني عن منصبه في شركة نوراتك.', 'أحمد الزهراني LEFT نوراتك'],
    // FOUNDED: "على يد", "التي أسسها"
    ['تأسست شركة نوراتك على يد أحمد الزهراني.', 'أحمد الزهراني FOUNDED نوراتك'],
    ['شركة نوراتك التي أسسها أحمد الزهراني تنمو بسرعة.', 'أحمد الزهراني FOUNDED نوراتك'],
  ] as const)('%s', async (text, fact) => {
    expect(triples(await extract(text, 'ar'))).toContain(fact);
  });

  it('reads إقامة مصنع as building a factory', async () => {
    const got = triples(await extract('تعتزم شركة نوراتك إقامة مصنع جديد في الرياض.', 'ar'));
    expect(got.some((t) => t.startsWith('نوراتك BUILDS'))).toBe(true);
  });

  it('reads رصدت and ضخ as spending plans', async () => {
    expect(triples(await extract('رصدت شركة نوراتك 5 مليارات دولار للاستثمار في مراكز البيانات.', 'ar'))).toContain('نوراتك PLANS_SPENDING topic:Data centres');
    expect(triples(await extract('تعتزم شركة نوراتك ضخ 10 مليارات دولار في عام 2026.', 'ar'))).toContain('نوراتك PLANS_SPENDING topic:Capital expenditure');
  });

  it('reads "الشركة الأم" as the parent, not the subsidiary', async () => {
    expect(triples(await extract('مجموعة رواسي هي الشركة الأم لشركة نوراتك.', 'ar'))).not.toContain('نوراتك OWNS رواسي');
  });
});
