/** French claim-status and time words (see ClaimStatusWords, TimeWords in ../types.ts). */
import type { ClaimStatusWords, TimeWords } from '../types.js';

/** Month names in order (janvier = 1). */
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

export const frClaimStatus: ClaimStatusWords = {
  negators: ['ne', "n'", 'pas', 'jamais', 'aucun', 'aucune', 'ni', 'plus jamais'],
  negativeSuffixes: [],
  denials: ['a démenti', 'démenti', 'dément', 'démentent', 'a nié', 'nié', 'nie', 'conteste', 'a contesté', 'aucun projet', 'renonce', 'a renoncé', 'renoncé', 'a abandonné', 'abandonne', 'abandonné'],
  modals: ['pourrait', 'pourraient', 'pourra', 'pourront', 'éventuel', 'éventuelle', 'éventuellement', 'potentiel', 'potentielle', 'possible', 'possiblement', 'peut-être'],
  modalSuffixes: [],
  conditionalSuffixes: [],
  conditionals: ['si', "s'", 'à condition que'],
  talks: ['en discussions', 'en discussion', 'en négociations', 'en négociation', 'négocie', 'négocient', 'pourparlers', 'envisage', 'envisagent', 'étudie', 'rumeur', 'rumeurs', 'selon des sources', 'selon la presse', 'aurait', 'auraient', 'serait', 'seraient'],
  plans: ['prévoit', 'prévoient', 'projette', 'compte investir', "a l'intention", 'entend', 'ambitionne', 'veut', 'souhaite'],
  exceptions: ['pas la première', 'pas le premier', 'pas la seule', 'pas le seul', 'non seulement', 'pas seulement', 'non divulgué', 'non divulgués', 'non communiqué', 'non communiqués', 'pas été divulgué', 'pas été communiqué', 'pas précisé', 'pas dévoilé',
    // Giving up a post is leaving it, no denial of the role: "renonce à ses fonctions de PDG de X".
    'renonce à son poste', 'a renoncé à son poste', 'renonce à ses fonctions', 'a renoncé à ses fonctions', 'abandonne la présidence', 'abandonne ses fonctions', 'abandonne son poste', 'a abandonné ses fonctions', 'a abandonné son poste', 'a abandonné la présidence'],
  reporting: ['a annoncé', 'a déclaré', 'a indiqué', 'a affirmé', 'a confirmé', 'annonce', 'a fait savoir', 'a précisé', 'annonçait', 'a expliqué', 'a ajouté', 'a communiqué', 'a souligné', 'indique', 'précise', 'explique', 'déclare', 'affirme'],
  futureInPast: [],
  clauseBreaks: ['mais', 'tandis que', 'alors que', 'bien que', 'après', 'car', 'avant que', 'puisque', 'depuis que'],
};

export const frTime: TimeWords = {
  relativeYears: { 'cette année': 0, "l'année en cours": 0, 'an prochain': 1, 'année prochaine': 1, "l'an prochain": 1, "l'année prochaine": 1, 'an dernier': -1, 'année dernière': -1, "l'an dernier": -1, "l'année dernière": -1, 'an passé': -1, "l'an passé": -1, 'année précédente': -1 },
  quarters: { 'premier trimestre': 1, 'deuxième trimestre': 2, 'second trimestre': 2, 'troisième trimestre': 3, 'quatrième trimestre': 4, t1: 1, t2: 2, t3: 3, t4: 4, q1: 1, q2: 2, q3: 3, q4: 4 },
  relativeQuarters: { 'ce trimestre': 0, 'trimestre en cours': 0, 'prochain trimestre': 1, 'trimestre prochain': 1, 'trimestre dernier': -1, 'trimestre précédent': -1 },
  months: Object.fromEntries(MONTHS.flatMap((m, i) => [[`en ${m}`, i + 1], [`au mois de ${m}`, i + 1], [`début ${m}`, i + 1], [`fin ${m}`, i + 1]])),
  relativeMonths: { 'ce mois-ci': 0, 'mois prochain': 1, 'mois dernier': -1, 'mois précédent': -1 },
  pastSpending: ['a dépensé', 'ont dépensé', 'dépensé', 'avait dépensé', 'se sont élevées', 'se sont élevés', "s'est élevé", "s'est élevée", 'a atteint', 'ont atteint'],
};
