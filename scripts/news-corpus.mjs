#!/usr/bin/env node
// A news-like benchmark corpus: short articles in the seven pack languages about invented
// companies, people, places and amounts, in the sentence shapes of business news (deals,
// investments, founders, chief executives, rivals, plants). Names recur across articles with
// a skewed popularity, as in real news, and their number grows with the corpus, so that
// resolution and graph building are measured at scale, not only extraction.
//
// Deterministic (a seeded PRNG): the same --docs and --seed give the same bytes.
// Usage (after npm run build, for dist/prng.js): node scripts/news-corpus.mjs --docs 10000 [--seed 1] > corpus.jsonl
//        import { newsCorpus } from './news-corpus.mjs'  (an iterator of JSONL lines)

import { seededRandom as prng } from '../dist/prng.js';

const LATIN_SYLLABLES = ['ve', 'lo', 'rix', 'tam', 'sa', 'nor', 'bit', 'qua', 'dri', 'on', 'zel', 'ka', 'mo', 'ran', 'te', 'vi', 'lux', 'pra', 'den', 'sol', 'mar', 'cor', 'tis', 'fen', 'gal', 'bre', 'nu', 'xa', 'lin', 'dor'];
const ARABIC_SYLLABLES = ['سا', 'مي', 'ران', 'لو', 'كا', 'نور', 'زي', 'فا', 'دي', 'تار', 'بو', 'هال', 'جي', 'مار', 'ري', 'سول'];
const SUFFIX = { en: ['Systems', 'Labs', 'Group', 'Technologies', 'Energy', ''], de: ['AG', 'GmbH', 'Gruppe', 'Technik', ''], fr: ['SA', 'Groupe', 'Technologies', ''], es: ['SA', 'Grupo', 'Tecnologías', ''], nl: ['BV', 'Groep', 'Technologies', ''], tr: ['Holding', 'Teknoloji', 'AŞ', ''], ar: [''] };
const GIVEN = {
  en: ['Anna', 'James', 'Laura', 'Michael', 'Sarah', 'David', 'Emily', 'Robert'],
  de: ['Jonas', 'Katrin', 'Stefan', 'Julia', 'Matthias', 'Sabine', 'Thomas', 'Anja'],
  fr: ['Claire', 'Julien', 'Sophie', 'Antoine', 'Camille', 'Nicolas', 'Élodie', 'Pierre'],
  es: ['Lucía', 'Javier', 'Carmen', 'Diego', 'Marta', 'Pablo', 'Elena', 'Sergio'],
  nl: ['Ingrid', 'Bart', 'Sanne', 'Pieter', 'Lotte', 'Joost', 'Eva', 'Maarten'],
  tr: ['Demet', 'Ahmet', 'Elif', 'Mehmet', 'Zeynep', 'Emre', 'Ayşe', 'Burak'],
  ar: ['فهد', 'سارة', 'خالد', 'ليلى', 'عمر', 'نورة', 'يوسف', 'مريم'],
};
const CITIES = {
  en: ['Austin', 'Denver', 'Leeds', 'Toronto'], de: ['Leipzig', 'Heidelberg', 'Bremen', 'Graz'], fr: ['Lyon', 'Nantes', 'Lille', 'Toulouse'],
  es: ['Valencia', 'Bilbao', 'Sevilla', 'Zaragoza'], nl: ['Eindhoven', 'Utrecht', 'Groningen', 'Delft'], tr: ['Ankara', 'İzmir', 'Bursa', 'Konya'], ar: ['دبي', 'الرياض', 'الدوحة', 'عمان'],
};

// {A} {B}: companies, {P}: a person, {N}: an amount, {K}: a percentage, {Y}: a year, {C}: a city.
const TEMPLATES = {
  en: [
    '{A} agreed to acquire {B} for {N} million dollars, the companies said on Tuesday.',
    '{B} was founded in {Y} by {P} and develops software for banks and insurers.',
    '{P}, the chief executive of {A}, said the deal would close by the end of the year.',
    '{A} invested {N} million dollars in {B} in exchange for a {K} percent stake.',
    '{A} competes with {B} in the market for cloud services.',
    '{A} will build a data centre in {C} for {N} million dollars.',
    'Analysts said the market for industrial software kept growing in the second quarter.',
  ],
  de: [
    '{A} übernimmt {B} für rund {N} Millionen Euro.',
    '{B} wurde {Y} von {P} gegründet und entwickelt Software für Banken.',
    '{P}, Vorstandschef von {A}, sagte, die Übernahme solle bis Jahresende abgeschlossen sein.',
    '{A} hatte {N} Millionen Euro in {B} investiert und hält einen Anteil von {K} Prozent.',
    '{A} konkurriert mit {B} um Kunden in der Industrie.',
    'Die Nachfrage nach Software für die Industrie wuchs im zweiten Quartal weiter.',
  ],
  fr: [
    "{A} a racheté {B} pour {N} millions d'euros, selon un communiqué.",
    'Fondée en {Y} par {P}, la société {B} développe des logiciels pour les banques.',
    "{P}, directeur général de {A}, a déclaré que l'opération serait finalisée cette année.",
    "{A} a investi {N} millions d'euros dans {B} pour une participation de {K} %.",
    '{A} est en concurrence avec {B} sur le marché du cloud.',
    'Le marché des logiciels industriels a continué de croître au deuxième trimestre.',
  ],
  es: [
    '{A} ha acordado la compra de {B} por {N} millones de euros.',
    '{B}, fundada en {Y} por {P}, desarrolla software para bancos.',
    '{P}, consejero delegado de {A}, afirmó que la operación se cerrará este año.',
    '{A} invirtió {N} millones de euros en {B} a cambio de una participación del {K} %.',
    '{A} compite con {B} en el mercado de servicios en la nube.',
    'El mercado del software industrial siguió creciendo en el segundo trimestre.',
  ],
  nl: [
    '{A} neemt {B} over voor {N} miljoen euro, zo maakte het bedrijf bekend.',
    '{B} werd in {Y} opgericht door {P} en concurreert met {A}.',
    '{P} wordt topman van {A}.',
    '{A} investeert {N} miljoen euro in {B}, in ruil voor een belang van {K} procent.',
    'De markt voor industriële software groeide in het tweede kwartaal verder.',
  ],
  tr: [
    '{A}, {B} şirketini {N} milyon dolara satın aldı.',
    '{B}, {Y} yılında {P} tarafından kuruldu.',
    '{A} CEO’su {P}, anlaşmanın bu yıl tamamlanacağını söyledi.',
    '{A}, {B} ile rekabet ediyor.',
    'Sanayi yazılımı pazarı ikinci çeyrekte büyümeye devam etti.',
  ],
  ar: [
    'أعلنت شركة {A} استحواذها على شركة {B} مقابل {N} مليون دولار.',
    'أسس {P} شركة {B} في عام {Y}.',
    'استثمرت شركة {A} {N} مليون دولار في شركة {B}.',
    'وقال {P} الرئيس التنفيذي لشركة {A} إن الصفقة ستكتمل هذا العام.',
    'وواصل سوق البرمجيات الصناعية نموه في الربع الثاني.',
  ],
};
export const LANGUAGES = Object.keys(TEMPLATES);

function word(rand, syllables, min, max) {
  const n = min + Math.floor(rand() * (max - min + 1));
  let w = '';
  for (let i = 0; i < n; i++) w += syllables[Math.floor(rand() * syllables.length)];
  return w;
}
const cap = (w) => w[0].toUpperCase() + w.slice(1);

/** Popular names recur: index ∝ u³ (most articles name the top few percent). */
function pick(rand, list) {
  return list[Math.floor(list.length * rand() ** 3)];
}

/** Companies and people per language, their number growing with the corpus. */
function population(rand, docs) {
  const companies = {};
  const people = {};
  const nCompanies = Math.max(50, Math.round(docs / 3));
  const nPeople = Math.max(30, Math.round(docs / 5));
  for (const lang of LANGUAGES) {
    const arabic = lang === 'ar';
    const syl = arabic ? ARABIC_SYLLABLES : LATIN_SYLLABLES;
    const seen = new Set();
    // Longer names once short ones run out (16 Arabic syllables give only 4,352 names of 2–3).
    let longest = 3;
    let misses = 0;
    const grow = (added) => {
      misses = added ? 0 : misses + 1;
      if (misses > 1000) (longest += 1), (misses = 0);
    };
    companies[lang] = [];
    while (companies[lang].length < nCompanies) {
      const base = arabic ? word(rand, syl, 2, longest) : cap(word(rand, syl, 2, longest));
      const suffix = SUFFIX[lang][Math.floor(rand() * SUFFIX[lang].length)];
      const name = suffix ? `${base} ${suffix}` : base;
      const added = !seen.has(name);
      if (added) seen.add(name), companies[lang].push(name);
      grow(added);
    }
    people[lang] = [];
    while (people[lang].length < nPeople) {
      const given = GIVEN[lang][Math.floor(rand() * GIVEN[lang].length)];
      const name = `${given} ${arabic ? word(rand, syl, 2, longest) : cap(word(rand, syl, 2, longest))}`;
      const added = !seen.has(name);
      if (added) seen.add(name), people[lang].push(name);
      grow(added);
    }
  }
  return { companies, people };
}

/** `docs` JSONL lines ({id, text}), languages in turn. */
export function* newsCorpus(docs, seed = 1) {
  const rand = prng(seed);
  const { companies, people } = population(rand, docs);
  for (let i = 0; i < docs; i++) {
    const lang = LANGUAGES[i % LANGUAGES.length];
    const a = pick(rand, companies[lang]);
    let b = pick(rand, companies[lang]);
    if (b === a) b = companies[lang][(companies[lang].indexOf(a) + 1) % companies[lang].length];
    const vars = {
      A: a,
      B: b,
      P: pick(rand, people[lang]),
      N: String(10 + Math.floor(rand() * 990)),
      K: String(5 + Math.floor(rand() * 45)),
      Y: String(1990 + Math.floor(rand() * 35)),
      C: CITIES[lang][Math.floor(rand() * CITIES[lang].length)],
    };
    // Each template at most once per article, in a shuffled order (Fisher–Yates).
    const templates = [...TEMPLATES[lang]];
    for (let k = templates.length - 1; k > 0; k--) {
      const j = Math.floor(rand() * (k + 1));
      [templates[k], templates[j]] = [templates[j], templates[k]];
    }
    const count = Math.min(templates.length, 3 + Math.floor(rand() * 3));
    const sentences = templates.slice(0, count).map((t) => t.replace(/\{(\w)\}/gu, (_, v) => vars[v]));
    // Paragraphs of two sentences, a title first, as articles are written.
    const body = [];
    for (let k = 0; k < sentences.length; k += 2) body.push(sentences.slice(k, k + 2).join(' '));
    // No lang field: the build detects each article's language, as for real input.
    yield JSON.stringify({ id: `news-${i}`, text: `${sentences[0]}\n\n${body.join('\n\n')}` });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name, d) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : d);
  for (const line of newsCorpus(opt('--docs', 1000), opt('--seed', 1))) process.stdout.write(`${line}\n`);
}
