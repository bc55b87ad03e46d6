/** Dutch claim-status and time words (see ClaimStatusWords, TimeWords in ../types.ts). */
import type { ClaimStatusWords, TimeWords } from '../types.js';

/** Month names in order (januari = 1). */
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

export const nlClaimStatus: ClaimStatusWords = {
  negators: ['niet', 'geen', 'nooit', 'niet meer'],
  negativeSuffixes: [],
  denials: ['ontkent', 'ontkende', 'ontkend', 'ontkennen', 'weerspreekt', 'sprak tegen', 'spreekt tegen', 'geen plannen', 'afgeblazen', 'blaast af', 'blies af', 'ziet af', 'zag af', 'afgezien'],
  modals: ['zou', 'zouden', 'mogelijk', 'mogelijke', 'misschien', 'wellicht', 'eventueel', 'eventuele', 'potentieel', 'potentiële'],
  modalSuffixes: [],
  conditionalSuffixes: [],
  conditionals: ['indien', 'mits', 'als'],
  talks: ['in gesprek', 'gesprekken', 'onderhandelt', 'onderhandelen', 'onderhandelingen', 'overweegt', 'overwegen', 'gerucht', 'geruchten', 'naar verluidt', 'speculaties'],
  plans: ['plant', 'plannen', 'van plan', 'wil', 'willen', 'voornemens', 'beoogt', 'streeft'],
  exceptions: ['niet de eerste', 'niet het eerste', 'niet de enige', 'niet het enige', 'niet alleen', 'niet bekend', 'niet bekendgemaakt', 'niet openbaar', 'geen details', 'geen bedrag', 'niet genoemd'],
  reporting: ['zei', 'zegt', 'meldde', 'maakte bekend', 'liet weten', 'kondigde aan', 'bevestigde', 'verklaarde', 'meldt', 'laat weten', 'maakt bekend', 'kondigt aan', 'bevestigt', 'verklaart', 'schrijft', 'schreef', 'aldus'],
  futureInPast: ['zou', 'zouden'],
  clauseBreaks: ['maar', 'terwijl', 'hoewel', 'nadat', 'omdat', 'want', 'voordat', 'sinds', 'doordat'],
};

export const nlTime: TimeWords = {
  relativeYears: { 'dit jaar': 0, 'het lopende jaar': 0, 'volgend jaar': 1, 'komend jaar': 1, 'het komende jaar': 1, 'komende jaar': 1, 'vorig jaar': -1, 'vorige jaar': -1, 'afgelopen jaar': -1, 'het afgelopen jaar': -1 },
  quarters: { 'eerste kwartaal': 1, 'tweede kwartaal': 2, 'derde kwartaal': 3, 'vierde kwartaal': 4, 'laatste kwartaal van': 4, q1: 1, q2: 2, q3: 3, q4: 4 },
  relativeQuarters: { 'dit kwartaal': 0, 'lopende kwartaal': 0, 'volgend kwartaal': 1, 'komend kwartaal': 1, 'komende kwartaal': 1, 'vorig kwartaal': -1, 'vorige kwartaal': -1, 'afgelopen kwartaal': -1 },
  months: Object.fromEntries(MONTHS.flatMap((m, i) => [[`in ${m}`, i + 1], [`begin ${m}`, i + 1], [`eind ${m}`, i + 1]])),
  relativeMonths: { 'deze maand': 0, 'volgende maand': 1, 'komende maand': 1, 'vorige maand': -1, 'afgelopen maand': -1 },
  pastSpending: ['uitgegeven', 'gaf uit', 'gaven uit', 'bedroeg', 'bedroegen', 'waren de uitgaven'],
};
