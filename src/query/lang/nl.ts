/** Dutch question forms. */
import type { QuestionLanguage } from './types.js';

export const nl: QuestionLanguage = {
  code: 'nl',
  name: 'Nederlands',
  templates: {
    investmentAmount: [
      'hoeveel (?:geld )?(?:heeft|hebben) {X} in {Y} ge[iï]nvesteerd',
      'hoeveel (?:investeerde|investeert) {X} in {Y}',
    ],
    investors: [
      'wie (?:heeft|hebben) (?:er )?in {X} ge[iï]nvesteerd',
      'wie (?:investeerde|investeert|investeren|investeerden) in {X}',
      'wie (?:zijn|waren) (?:de )?investeerders (?:in|van) {X}',
    ],
    interimCeo: [
      'wie (?:is|was) (?:de )?(?:interim-?ceo|interim-?topman|interim-?directeur|waarnemend (?:ceo|topman|directeur)) (?:van|bij) {X}',
    ],
    ceo: [
      'wie (?:is|was) (?:de )?(?:ceo|topman|topvrouw|baas|directeur|bestuursvoorzitter|chef) (?:van|bij) {X}',
      'wie (?:leidt|leidde|bestuurt) {X}',
    ],
    founders: [
      'wie (?:heeft|hebben) {X} opgericht',
      'wie richtte {X} op',
      'wie (?:is|was|zijn|waren) (?:de )?(?:mede-?)?oprichters? van {X}',
    ],
    joined: [
      'wie (?:is|zijn) (?:naar|bij) {X} (?:gegaan|gekomen|overgestapt|begonnen)',
      'wie (?:ging|kwam|stapte) (?:naar|bij) {X}(?: over)?',
      'wie (?:is|zijn) bij {X} in dienst getreden',
    ],
    wentTo: [
      'waar (?:ging|gaat) {X} (?:naartoe|heen)',
      'waar (?:is|zijn) {X} (?:naartoe|heen) (?:gegaan|overgestapt)',
      'naar welk(?:e)? (?:bedrijf|organisatie|lab) (?:ging|is) {X}(?: gegaan| overgestapt)?',
    ],
    competitors: [
      'wie (?:concurreert|concurreren|concurreerde) met {X}',
      'wie (?:zijn|is) (?:de )?(?:concurrenten|rivalen|concurrentie) van {X}',
      'met wie concurreert {X}',
    ],
    develops: [
      'wat (?:ontwikkelt|ontwikkelde|maakt|bouwt) {X}',
      'wat (?:heeft|hebben) {X} ontwikkeld',
      'welke (?:producten|modellen) (?:ontwikkelt|maakt|heeft) {X}',
    ],
    developers: [
      'wie (?:ontwikkelt|ontwikkelde|maakt|maakte) {X}',
      'wie (?:heeft|hebben) {X} ontwikkeld',
      'door wie (?:is|wordt|werd) {X} ontwikkeld',
    ],
    owns: [
      'wat (?:bezit|bezat) {X}',
      'wat is (?:in )?(?:het )?eigendom van {X}',
      'welke (?:bedrijven|merken|producten|apps|diensten) (?:bezit|heeft) {X}',
    ],
    owners: [
      'wie (?:bezit|bezat) {X}',
      'van wie is {X}',
      'wie is (?:de )?eigenaar van {X}',
      'aan wie behoort {X}(?: toe)?',
    ],
    spending: [
      'hoeveel (?:wil|gaat|plant|is) {X} (?:van plan )?(?:uit te geven|uitgeven|te investeren|investeren)',
      'wat (?:wil|gaat) {X} uitgeven',
      'wat (?:zijn|waren) de (?:uitgavenplannen|investeringsplannen|bestedingsplannen) van {X}',
    ],
    connection: [
      'wat verbindt {X} (?:en|met) {Y}',
      'wat is het verband tussen {X} en {Y}',
      'wat is de (?:relatie|connectie|band|verbinding) tussen {X} en {Y}',
      'hoe (?:zijn|is) {X} (?:en|met) {Y} verbonden',
    ],
  },
  examples: {
    investmentAmount: 'Hoeveel heeft Meta in Scale AI geïnvesteerd?',
    investors: 'Wie heeft in Scale AI geïnvesteerd?',
    interimCeo: 'Wie is de interim-CEO van Scale AI?',
    ceo: 'Wie is de CEO van Meta?',
    founders: 'Wie heeft Scale AI opgericht?',
    joined: 'Wie is naar Meta overgestapt?',
    wentTo: 'Waar ging Alexandr Wang naartoe?',
    competitors: 'Wie concurreert met Meta?',
    develops: 'Wat ontwikkelt Meta?',
    developers: 'Wie ontwikkelt Llama?',
    owns: 'Wat bezit Meta?',
    owners: 'Van wie is Instagram?',
    spending: 'Hoeveel is Meta van plan uit te geven?',
    connection: 'Wat verbindt Jason Droege en Meta?',
  },
  proclitics: [],
  enclitics: ["'s"],
  leadingWords: ['de', 'het', 'bedrijf', 'techbedrijf', 'startup'],
  trailingWords: [],
};
