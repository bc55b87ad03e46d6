#!/usr/bin/env node
/**
 * Widens data/given-names.json with the first names of @faker-js/faker's locale data, so that
 * persons no cue introduces ("Stewart Butterfield", "Haldun Simavi") are persons, not companies
 * guessed from capital letters. The names kg had before stay; new ones are added only where they
 * cannot be read as something else.
 *
 * Source: @faker-js/faker 10.6.0 (MIT), `person.first_name` of the locales in LATIN_LOCALES and
 * ARABIC_LOCALES. Not a dependency of kg; install it beside the script once:
 *
 *   npm install --no-save @faker-js/faker@10.6.0
 *   npm run build && node scripts/given-names.mjs      # rewrites data/given-names.json
 *
 * Left out (a name that is also a word is worse than a name missed):
 *   - names under MIN_LENGTH letters and names with characters other than letters and one hyphen;
 *   - names whose lower-case form is a word in a Debian word list of kg's languages
 *     (wamerican, wfrench, wspanish, wdutch: "Will", "Grace", "Rose", "Chase");
 *   - names the gazetteer or the places data has as an entity ("Mercedes", "Jordan", "Florence");
 *   - names any language pack lists as a word (months, titles, stopwords, trigger forms);
 *   - the words in HOMOGRAPHS, common Turkish and German words that are also names.
 */
import { readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const LATIN_LOCALES = ['en', 'en_AU', 'en_IN', 'en_ZA', 'en_NG', 'en_GH', 'de', 'de_AT', 'de_CH', 'fr', 'fr_BE', 'fr_CH', 'es', 'es_MX', 'nl', 'nl_BE', 'tr', 'it', 'pt_BR', 'pt_PT', 'pl', 'ro', 'sv', 'da', 'nb_NO', 'fi', 'cs_CZ', 'sk', 'hr', 'hu', 'id_ID', 'az'];
/** Arabic first names are left as they are: faker's Arabic names are also common nouns ("جمال" beauty, "براءة" patent). */
const ARABIC_LOCALES = [];
const MIN_LENGTH = 3;
const WORD_LISTS = ['american-english', 'french', 'spanish', 'dutch'].map((f) => join('/usr/share/dict', f));
/** Turkish and German words that are names too: "Umut" (hope), "Deniz" (sea), "Kaya" (rock), "Ekim" (October). */
const HOMOGRAPHS = new Set(['Can', 'Nur', 'Hayat', 'Güven', 'Ulus', 'Dünya', 'Işık', 'Ekin', 'Başak', 'Sevinç', 'Cihan', 'Akın', 'Devlet', 'Millet', 'Vatan', 'Sabah', 'Hürriyet', 'Mutlu', 'Aslan', 'Kartal', 'Polat', 'Demir', 'Özel', 'Bayram', 'Ay', 'Güneş', 'Yıldız', 'Bahar', 'Ekim', 'Kaya', 'Bulut', 'Deniz', 'Umut', 'Barış', 'Şeker', 'Çiçek', 'Doğan', 'Özgür', 'Hakan', 'Kader', 'Sevgi', 'Sevda', 'Zafer', 'Onur', 'Erdem', 'Ümit', 'Yücel', 'Kuzey', 'Güney', 'Bora', 'Tuna', 'Ilgaz', 'Toprak', 'Irmak', 'Derya', 'Ceylan', 'Hilal', 'Gonca', 'Su', 'Ada',
  'Dax', 'Frieda', 'Ernst', 'Franz', 'Heide', 'Kai', 'Karl', 'Kurt', 'Lenz', 'Mai', 'Max', 'Otto', 'Paula', 'Wolf', 'Volker', 'Herbst', 'Sommer', 'Winter', 'Engel', 'Hans', 'Adler', 'Mark', 'Silvester', 'August', 'Jade', 'Ruby', 'Amber', 'Crystal', 'Summer', 'Autumn', 'Sky', 'River', 'Storm', 'Rain', 'Ivy', 'Holly', 'Hazel', 'Pearl', 'Faith', 'Joy', 'Honor', 'Royal', 'King', 'Prince', 'Duke', 'Baron', 'Major', 'General', 'Sterling', 'Chance', 'Fortune', 'Justice', 'Liberty', 'Unity', 'Trinity', 'Destiny', 'Harmony', 'Melody', 'Star', 'Dawn', 'Eve', 'Sunny', 'Daisy', 'Lily', 'Iris', 'Olive', 'Violet', 'Poppy', 'Clay', 'Stone', 'Forest', 'Glen', 'Dale', 'Lane', 'Brook', 'Cliff', 'Rocky', 'Sandy', 'Dusty', 'Rusty', 'Buck', 'Bud', 'Chip', 'Colt', 'Dash', 'Drew', 'Fox', 'Hunter', 'Archer', 'Mason', 'Cooper', 'Carter', 'Parker', 'Tanner', 'Taylor', 'Walker', 'Baker', 'Miller', 'Fisher', 'Gardner', 'Porter', 'Turner', 'Wade', 'Bishop', 'Dean', 'Judge', 'Page', 'Price', 'Rich', 'Guy', 'Art', 'Will', 'May', 'June', 'April', 'August', 'Hope', 'Grace', 'Rose', 'Chase', 'Bill', 'Pat', 'Sue', 'Don', 'Ray', 'Rob', 'Bob', 'Jack', 'Jordan', 'Mercedes', 'Amazon', 'Apple', 'Oracle', 'Tesla', 'Dell', 'Ford', 'Boeing', 'Mars', 'Uber', 'Lyft', 'Shell', 'Total', 'Orange', 'Vodafone', 'Siemens', 'Bosch', 'Linde', 'Merck', 'Bayer', 'Henkel', 'Porsche', 'Opel', 'Audi', 'Seat', 'Skoda', 'Volvo', 'Saab', 'Nokia', 'Ericsson', 'Philips', 'Heineken', 'Renault', 'Peugeot', 'Citroën', 'Michelin', 'Airbus', 'Safran', 'Thales', 'Orange', 'Sanofi', 'Danone', 'Carrefour', 'Auchan', 'Zara', 'Mango', 'Inditex', 'Repsol', 'Iberdrola', 'Santander', 'Sabadell', 'Ferrovial', 'Acciona', 'Telefónica', 'Koç', 'Sabancı', 'Arçelik', 'Vestel', 'Getir', 'Trendyol']);

const require = (await import('node:module')).createRequire(import.meta.url);
const { allLocales } = require('@faker-js/faker');
const { PACKS } = await import(join(ROOT, 'dist/lang/index.js'));

const words = new Set();
for (const f of WORD_LISTS) if (existsSync(f)) for (const w of readFileSync(f, 'utf8').split('\n')) if (w && w === w.toLowerCase()) words.add(w);

const entityNames = new Set();
for (const file of ['gazetteer.json', 'places.json']) {
  const data = JSON.parse(readFileSync(join(ROOT, 'data', file), 'utf8'));
  for (const e of data.entities) for (const n of [e.name, ...(e.aliases ?? [])]) if (!n.includes(' ')) entityNames.add(n.toLowerCase());
}

// Every word a pack lists, folded: anything in a list is a word of the language, not a name.
const packWords = new Set();
const collect = (v) => {
  if (typeof v === 'string') for (const w of v.split(/[\s*]+/u)) if (w) packWords.add(w.toLocaleLowerCase('tr').normalize('NFC')), packWords.add(w.toLowerCase());
  else if (Array.isArray(v)) v.forEach(collect);
  else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => (collect(k), collect(x)));
};
for (const pack of Object.values(PACKS)) collect(pack);

const firstNames = (code) => {
  const fn = allLocales[code]?.person?.first_name;
  if (!fn) throw new Error(`faker has no first names for locale ${code}`);
  return Array.isArray(fn) ? fn : [...(fn.generic ?? []), ...(fn.female ?? []), ...(fn.male ?? [])];
};

const current = JSON.parse(readFileSync(join(ROOT, 'data/given-names.json'), 'utf8'));
const latin = new Set(current.latin);
const arabic = new Set(current.arabic);
let added = 0;
for (const code of LATIN_LOCALES) {
  for (const name of firstNames(code)) {
    if (latin.has(name) || name.length < MIN_LENGTH || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(name)) continue;
    const lower = name.toLowerCase();
    if (words.has(lower) || entityNames.has(lower) || packWords.has(lower) || packWords.has(name.toLocaleLowerCase('tr')) || HOMOGRAPHS.has(name)) continue;
    latin.add(name);
    added++;
  }
}
for (const code of ARABIC_LOCALES) {
  for (const name of firstNames(code)) {
    if (arabic.has(name) || name.length < MIN_LENGTH || !/^[\u0600-\u06FF]+$/u.test(name) || packWords.has(name) || entityNames.has(name)) continue;
    arabic.add(name);
    added++;
  }
}
const out = { version: current.version, latin: [...latin].sort((a, b) => a.localeCompare(b, 'en')), arabic: [...arabic].sort((a, b) => a.localeCompare(b, 'ar')) };
const target = join(ROOT, 'data/given-names.json');
writeFileSync(`${target}.tmp`, `${JSON.stringify(out, null, 2)}\n`);
renameSync(`${target}.tmp`, target);
console.log(`added ${added} names: ${out.latin.length} Latin, ${out.arabic.length} Arabic`);
