/** English claim-status and time words (see ClaimStatusWords, TimeWords in ../types.ts). */
import type { ClaimStatusWords, TimeWords } from '../types.js';

/** Month names in order (January = 1). */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export const enClaimStatus: ClaimStatusWords = {
  negators: ['not', "n't", "didn't", "doesn't", "don't", "hasn't", "haven't", "isn't", "wasn't", "won't", 'never', 'no', 'no longer', 'nor', 'neither'],
  negativeSuffixes: [],
  denials: ['denied', 'denies', 'deny', 'denying', 'refuted', 'refutes', 'no plans', 'ruled out', 'rules out', 'ruling out', 'called off', 'calls off', 'scrapped', 'scraps', 'abandoned', 'abandons', 'walked away', 'pulled out of', 'dismissed reports', 'rejected reports'],
  modals: ['may', 'might', 'could', 'would', 'possibly', 'potentially', 'potential', 'possible', 'perhaps'],
  modalSuffixes: [],
  conditionalSuffixes: [],
  conditionals: ['if', 'unless', 'should regulators'],
  talks: ['in talks', 'held talks', 'holding talks', 'talks to', 'talks with', 'in discussions', 'in negotiations', 'negotiating', 'considering', 'considers', 'weighing', 'weighs', 'exploring', 'explores', 'mulling', 'mulls', 'rumoured', 'rumored', 'rumour', 'rumor', 'rumours', 'rumors', 'reportedly', 'is said to', 'are said to', 'people familiar with', 'speculation', 'speculated'],
  plans: ['plans to', 'planned to', 'planning to', 'plan to', 'intends to', 'intend to', 'intention to', 'aims to', 'wants to', 'seeks to', 'seeking to', 'hopes to', 'proposed', 'proposes to', 'offered to', 'offer to'],
  exceptions: ['not the first', 'not its first', 'not the only', 'no .', 'in may', 'during may', 'in early may', 'in late may', 'said it would', 'said they would', 'says it would', 'said it will', 'announced it would', 'not only', 'no doubt', 'not disclose', 'not disclosed', "didn't disclose", 'did not disclose', 'not say', 'not reveal', 'not revealed', 'not comment', 'not immediately', 'no comment', 'could not be reached', 'no longer than', 'not far'],
  reporting: ['said', 'says', 'announced', 'announces', 'agreed', 'agrees', 'confirmed', 'confirms', 'told', 'stated', 'added', 'reported', 'announcing', 'disclosed', 'noted', 'explained', 'told reporters'],
  futureInPast: ['would'],
  clauseBreaks: ['but', 'while', 'whereas', 'although', 'though', 'however', 'because', 'after', 'since'],
};

export const enTime: TimeWords = {
  relativeYears: { 'this year': 0, 'the current year': 0, 'this fiscal year': 0, 'next year': 1, 'the coming year': 1, 'the following year': 1, 'next fiscal year': 1, 'last year': -1, 'the previous year': -1, 'the prior year': -1, 'last fiscal year': -1, 'a year earlier': -1, 'a year ago': -1 },
  quarters: { 'first quarter': 1, 'second quarter': 2, 'third quarter': 3, 'fourth quarter': 4, 'first-quarter': 1, 'second-quarter': 2, 'third-quarter': 3, 'fourth-quarter': 4, 'final quarter': 4, q1: 1, q2: 2, q3: 3, q4: 4 },
  relativeQuarters: { 'this quarter': 0, 'the current quarter': 0, 'next quarter': 1, 'the coming quarter': 1, 'the following quarter': 1, 'last quarter': -1, 'the previous quarter': -1, 'the prior quarter': -1, 'a quarter earlier': -1 },
  months: Object.fromEntries(MONTHS.flatMap((m, i) => [[`in ${m}`, i + 1], [`during ${m}`, i + 1], [`in early ${m}`, i + 1], [`in late ${m}`, i + 1]])),
  relativeMonths: { 'this month': 0, 'next month': 1, 'last month': -1, 'the previous month': -1, 'a month earlier': -1 },
  pastSpending: ['spent', 'had spent', 'has spent', 'amounted to', 'totalled', 'totaled', 'came to', 'reached'],
};
