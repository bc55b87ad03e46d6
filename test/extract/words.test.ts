/**
 * Inflection and clitics are stripped before resolution while the mention keeps its
 * original span: Turkish suffixes after apostrophes, German genitive -s, Arabic proclitics,
 * French elisions.
 */
import { describe, expect, it } from 'vitest';
import { extract, words } from './helpers.js';

async function mention(text: string, lang: string, name: string) {
  const x = await extract(text, lang);
  const m = x.mentions.find((k) => (k.canonical ?? k.name) === name);
  return m && { name: m.name, text: m.text, span: text.slice(m.start, m.end) };
}

describe('Turkish suffixes after apostrophes', () => {
  it.each([
    ["Meta'nın yatırımı büyük.", 'Meta', "Meta'nın"],
    ['Scale AI’ın CEO’su Alexandr Wang oldu.', 'Scale AI', 'Scale AI’ın'],
    ["Microsoft, OpenAI'a yatırım yaptı.", 'OpenAI', "OpenAI'a"],
    ["Qubitia'nın kurucusu konuştu.", undefined, "Qubitia'nın"],
  ] as const)('%s', async (text, canonical, surface) => {
    const x = await extract(text, 'tr');
    const m = x.mentions.find((k) => k.text === surface);
    expect(m, surface).toBeDefined();
    expect(text.slice(m!.start, m!.end)).toBe(surface);
    expect(m!.name).toBe(surface.replace(/['’].*$/u, ''));
    if (canonical) expect(m!.canonical).toBe(canonical);
  });
});

describe('German genitive -s', () => {
  it('reads "Metas" as Meta, keeping the surface', async () => {
    const m = await mention('Metas Investition in Scale AI ist die größte.', 'de', 'Meta');
    expect(m).toMatchObject({ span: 'Metas' });
  });

  it("reads \"OpenAI's\" (apostrophe genitive) as OpenAI", async () => {
    const m = await mention("OpenAI's Modell ist bekannt.", 'de', 'OpenAI');
    expect(m).toMatchObject({ name: 'OpenAI' });
  });

  it('keeps the bases of a genitive word for phrase matching', () => {
    expect(words('Metas', 'de')[0].bases).toContain('meta');
  });
});

describe('Arabic proclitics', () => {
  it.each([
    ['وميتا تنافس أوبن إيه آي.', 'Meta'],
    ['استثمرت بميتا مبالغ كبيرة.', 'Meta'],
    ['قدمت إنفيديا رقائق لميتا.', 'Meta'],
    ['قدمت إنفيديا رقائق لـميتا.', 'Meta'],
    ['تابعة للشركة المالكة لإنستغرام.', 'Instagram'],
  ] as const)('%s', async (text, name) => {
    const m = await mention(text, 'ar', name);
    expect(m, name).toBeDefined();
    // The span is the name itself, the glued proclitic is outside it.
    expect(m!.span).toBe(m!.text);
    expect(m!.span.startsWith('و') || m!.span.startsWith('ب') || m!.span.startsWith('ل')).toBe(false);
  });

  it('strips stacked proclitics into bases (و + ب + ال)', () => {
    expect(words('وبالشركة', 'ar')[0].bases).toContain('شركه');
  });

  it('keeps a Latin name glued to و apart', async () => {
    const x = await extract('تنافس ميتا شركات مثل OpenAI وxAI.', 'ar');
    expect(x.mentions.map((m) => m.canonical ?? m.name)).toEqual(expect.arrayContaining(['OpenAI', 'xAI']));
  });
});

describe('French elisions', () => {
  it('splits "d\'" and "l\'" off as words that also read as "de" and "le"', () => {
    const w = words("Le PDG d'ASML et l'entreprise", 'fr');
    expect(w.map((x) => x.text)).toEqual(['Le', 'PDG', "d'", 'ASML', 'et', "l'", 'entreprise']);
    expect(w[2].bases).toContain('de');
    expect(w[5].bases).toContain('le');
  });

  it('keeps a name that starts with a capitalised elision whole ("L\'Oréal")', () => {
    expect(words("Le groupe L'Oréal grandit.", 'fr').map((x) => x.text)).toContain("L'Oréal");
  });

  it.each([
    ["Christophe Fouquet, PDG d'ASML, a parlé.", 'ASML'],
    ["La valorisation d'Anthropic a doublé.", 'Anthropic'],
    ['Les puces d’Nvidia sont chères.', 'Nvidia'],
  ] as const)('%s', async (text, name) => {
    const x = await extract(text, 'fr');
    const m = x.mentions.find((k) => (k.canonical ?? k.name) === name);
    expect(m, name).toBeDefined();
    expect(text.slice(m!.start, m!.end)).toBe(name);
  });
});
