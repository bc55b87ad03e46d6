/** German claim-status and time words (see ClaimStatusWords, TimeWords in ../types.ts). */
import type { ClaimStatusWords, TimeWords } from '../types.js';

/** Month names in order (Januar = 1). */
const MONTHS = ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'];
/** Ordinals of the four quarters in their inflected forms ("im dritten Quartal", "das dritte Quartal", "des dritten Quartals"). */
const ORDINALS = [['erste', 'ersten', 'erstes'], ['zweite', 'zweiten', 'zweites'], ['dritte', 'dritten', 'drittes'], ['vierte', 'vierten', 'viertes']];

export const deClaimStatus: ClaimStatusWords = {
  negators: ['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemals', 'nicht mehr'],
  negativeSuffixes: [],
  denials: ['dementiert', 'dementierte', 'dementierten', 'dementi', 'bestritt', 'bestreitet', 'bestritten', 'bestreiten', 'wies zurück', 'weist zurück', 'zurückgewiesen', 'keine pläne', 'abgesagt', 'sagte ab', 'abgeblasen', 'geplatzt', 'platzte'],
  modals: ['könnte', 'könnten', 'dürfte', 'dürften', 'würde', 'würden', 'möglicherweise', 'eventuell', 'womöglich', 'vielleicht', 'mögliche', 'möglichen', 'möglicher', 'potenzielle', 'potenziellen', 'potenzieller'],
  modalSuffixes: [],
  conditionalSuffixes: [],
  conditionals: ['wenn', 'falls', 'sofern', 'vorausgesetzt'],
  talks: ['gespräche', 'gesprächen', 'im gespräch', 'verhandelt', 'verhandeln', 'verhandlungen', 'erwägt', 'erwägen', 'sondiert', 'gerüchte', 'gerüchten', 'gerücht', 'angeblich', 'berichten zufolge', 'medienberichten zufolge', 'spekuliert', 'spekulationen', 'soll', 'sollen'],
  plans: ['plant', 'planen', 'plante', 'will', 'wollen', 'beabsichtigt', 'beabsichtigen', 'strebt an', 'vorhaben'],
  exceptions: ['nicht die erste', 'nicht das erste', 'nicht der erste', 'nicht die einzige', 'nicht das einzige', 'nicht der einzige', 'nicht nur', 'nicht genannt', 'nicht bekannt', 'nicht offengelegt', 'nicht beziffert', 'nicht zuletzt', 'keine angaben', 'keine details', 'kein wunder', 'soll künftig', 'sollen künftig'],
  reporting: ['sagte', 'sagt', 'teilte mit', 'kündigte an', 'erklärte', 'bestätigte', 'gab bekannt', 'hieß es', 'mitteilte', 'mitteilt', 'mitgeteilt', 'mitteilten', 'bekanntgab', 'bekannt gab', 'bekanntgegeben', 'ankündigte', 'angekündigt', 'erklärt', 'berichtete', 'bestätigt', 'sagten', 'teilten mit', 'meldete'],
  futureInPast: ['würde', 'würden'],
  clauseBreaks: ['aber', 'jedoch', 'während', 'obwohl', 'sondern', 'nachdem', 'weil', 'denn', 'bevor', 'seitdem'],
};

export const deTime: TimeWords = {
  relativeYears: { 'dieses jahr': 0, 'diesem jahr': 0, 'dieses jahres': 0, 'laufenden jahr': 0, 'laufenden jahres': 0, 'nächstes jahr': 1, 'nächsten jahr': 1, 'kommenden jahr': 1, 'kommendes jahr': 1, 'kommenden jahres': 1, 'nächsten jahres': 1, 'letztes jahr': -1, 'letzten jahr': -1, 'vergangenen jahr': -1, 'vergangenes jahr': -1, 'vorjahr': -1 },
  quarters: { ...Object.fromEntries(ORDINALS.flatMap((forms, i) => forms.flatMap((o) => [[`${o} quartal`, i + 1], [`${o} quartals`, i + 1]]))), 'schlussquartal': 4, q1: 1, q2: 2, q3: 3, q4: 4 },
  relativeQuarters: { 'laufenden quartal': 0, 'diesem quartal': 0, 'nächsten quartal': 1, 'kommenden quartal': 1, 'vergangenen quartal': -1, 'letzten quartal': -1, 'vorquartal': -1 },
  months: Object.fromEntries(MONTHS.flatMap((m, i) => [[`im ${m}`, i + 1], [`anfang ${m}`, i + 1], [`ende ${m}`, i + 1]])),
  relativeMonths: { 'diesen monat': 0, 'laufenden monat': 0, 'nächsten monat': 1, 'kommenden monat': 1, 'vergangenen monat': -1, 'letzten monat': -1, 'vormonat': -1 },
  pastSpending: ['ausgegeben', 'gab aus', 'gaben aus', 'belief sich', 'beliefen sich', 'betrugen', 'betrug'],
};
