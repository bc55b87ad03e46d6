/** French question forms. Elided articles ("d'OpenAI") are stripped by `proclitics`. */
import type { QuestionLanguage } from './types.js';

export const fr: QuestionLanguage = {
  code: 'fr',
  name: 'Français',
  templates: {
    investmentAmount: [
      "combien (?:d'argent )?{X} (?:a(?:-t-(?:il|elle))? investi|investit|a(?:-t-(?:il|elle))? mis) (?:dans|en) {Y}",
      'combien (?:a investi|investit) {X} (?:dans|en) {Y}',
    ],
    investors: [
      'qui (?:a|ont) investi (?:dans|en) {X}',
      'qui investit (?:dans|en) {X}',
      "qui sont (?:les )?investisseurs (?:de|dans|d')\\s*{X}",
    ],
    interimCeo: [
      "qui est (?:le |la )?(?:pdg|ceo|directeur général|directrice générale|patron|patronne) (?:par intérim|intérimaire) (?:de|d'|du|chez)\\s*{X}",
    ],
    ceo: [
      "qui est (?:le |la )?(?:pdg|ceo|directeur général|directrice générale|patron|patronne|dirigeant|dirigeante) (?:de|d'|du|chez)\\s*{X}",
      'qui dirige {X}',
    ],
    founders: [
      'qui a (?:fondé|cofondé|co-fondé|créé) {X}',
      "qui (?:est|sont) (?:le |la |les )?(?:co-?)?fondat(?:eur|rice|eurs|rices) (?:de|d'|du)\\s*{X}",
    ],
    joined: [
      'qui (?:a|ont) rejoint {X}',
      'qui rejoint {X}',
      'qui (?:est|sont) (?:allé|arrivé|passé)e?s? (?:chez|à) {X}',
    ],
    wentTo: [
      'o[uù] (?:est|sont) (?:allé|parti|passé)e?s? {X}',
      'o[uù] {X} (?:est-(?:il|elle)|est) (?:allé|parti|passé)e?',
      "qu'a rejoint {X}",
      "quelle (?:entreprise|société) {X} a(?:-t-(?:il|elle))? rejointe?",
    ],
    competitors: [
      'qui (?:est|sont) en concurrence avec {X}',
      'qui concurrence {X}',
      "qui sont (?:les )?(?:concurrents|rivaux) (?:de|d'|du)\\s*{X}",
      'avec qui {X} est(?:-(?:il|elle))? en concurrence',
    ],
    develops: [
      'que développe {X}',
      "qu'est-ce qu(?:e |')\\s*{X} développe",
      'quels (?:produits|modèles) {X} développe(?:-t-(?:il|elle))?',
    ],
    developers: [
      'qui (?:développe|a développé|fabrique|conçoit|a conçu) {X}',
      'quelle entreprise (?:développe|a développé) {X}',
    ],
    owns: [
      'que (?:possède|détient) {X}',
      "qu'est-ce qu(?:e |')\\s*{X} (?:possède|détient)",
    ],
    owners: [
      'qui (?:possède|détient) {X}',
      '[àa] qui appartient {X}',
      "qui (?:est|sont) (?:le |les )?propriétaires? (?:de|d'|du)\\s*{X}",
    ],
    spending: [
      'combien {X} (?:prévoit|compte|veut|va|envisage)(?:-t)?(?:-(?:il|elle))? (?:de )?dépenser',
      '(?:que|combien) prévoit de dépenser {X}',
      "quelles sont les dépenses prévues (?:de|d'|par)\\s*{X}",
    ],
    connection: [
      "qu'est-ce qui (?:relie|lie|unit) {X} (?:et|à|a) {Y}",
      'quel est le (?:lien|rapport) entre {X} et {Y}',
      'comment {X} et {Y} sont-ils (?:liés|reliés|connectés)',
    ],
  },
  examples: {
    investmentAmount: 'Combien Meta a-t-il investi dans Scale AI ?',
    investors: 'Qui a investi dans Scale AI ?',
    interimCeo: 'Qui est le PDG par intérim de Scale AI ?',
    ceo: 'Qui est le PDG de Meta ?',
    founders: 'Qui a fondé Scale AI ?',
    joined: 'Qui a rejoint Meta ?',
    wentTo: 'Où est allé Alexandr Wang ?',
    competitors: 'Qui est en concurrence avec Meta ?',
    develops: 'Que développe Meta ?',
    developers: 'Qui développe Llama ?',
    owns: 'Que possède Meta ?',
    owners: 'Qui possède Instagram ?',
    spending: 'Combien Meta prévoit-il de dépenser ?',
    connection: "Qu'est-ce qui relie Jason Droege et Meta ?",
  },
  proclitics: ["d'", "l'", "qu'"],
  enclitics: [],
  leadingWords: ['le', 'la', 'les', 'société', 'entreprise', 'groupe', 'start-up'],
  trailingWords: [],
};
