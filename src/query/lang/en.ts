/** English question forms. */
import type { QuestionLanguage } from './types.js';

export const en: QuestionLanguage = {
  code: 'en',
  name: 'English',
  templates: {
    investmentAmount: [
      'how much (?:money )?(?:did|has|does) {X} (?:invest|invested|put) in(?:to)? {Y}',
      'how much (?:money )?(?:was|is|has been) invested in {Y} by {X}',
    ],
    investors: [
      'who (?:has |have )?invested in {X}',
      'who invests in {X}',
      'who (?:are|were) (?:the )?investors (?:in|of) {X}',
      'who (?:are|were) {X}\'s investors',
      '(?:which|what) (?:companies|firms|people) (?:have )?invested in {X}',
    ],
    interimCeo: [
      'who (?:is|was) (?:the )?(?:interim|acting) (?:ceo|chief executive(?: officer)?) (?:of|at) {X}',
      'who (?:is|was) {X}\'s (?:interim|acting) (?:ceo|chief executive(?: officer)?)',
      'who was interim at {X}',
    ],
    ceo: [
      'who (?:is|was|are|were) (?:the )?(?:ceo|chief executive(?: officer)?|boss|head)s? (?:of|at) {X}',
      'who (?:is|was) {X}\'s (?:ceo|chief executive(?: officer)?|boss)',
      'who (?:runs|leads|heads|ran|led|headed) {X}',
    ],
    founders: [
      'who (?:founded|co-?founded|started) {X}',
      'who (?:is|was|are|were) (?:the )?(?:co-?)?founders? of {X}',
      'who (?:is|was|are|were) {X}\'s (?:co-?)?founders?',
    ],
    joined: [
      'who (?:has |have )?joined {X}',
      'who (?:has |have )?(?:moved|gone|went|come|came) to {X}',
    ],
    wentTo: [
      'where (?:did|has) {X} (?:go|gone|move|moved)(?: to)?',
      '(?:which|what) (?:company|organi[sz]ation|lab|team) (?:did|has) {X} join(?:ed)?',
      '(?:who|whom) (?:did|has) {X} join(?:ed)?',
    ],
    competitors: [
      'who (?:competes|compete|is competing|are competing) with {X}',
      'who (?:are|is) (?:the )?(?:competitors|rivals|competition) of {X}',
      'who (?:are|is) {X}\'s (?:competitors|rivals|competition)',
      '(?:which|what) companies compete with {X}',
    ],
    develops: [
      'what (?:does|did|do) {X} (?:develop|build|make|create)',
      'what (?:products|models) (?:does|did|do) {X} (?:develop|build|make|create|have)',
      'what (?:is|are) {X} developing',
    ],
    developers: [
      'who (?:develops|developed|makes|made|creates|created) {X}',
      'who is (?:developing|making) {X}',
      '(?:which|what) company (?:develops|developed|makes|made) {X}',
    ],
    owns: [
      'what (?:does|did) {X} own',
      'what (?:companies|brands|products|apps) (?:does|did) {X} own',
      'what belongs to {X}',
    ],
    owners: [
      'who (?:owns|owned) {X}',
      'who (?:is|are|was|were) (?:the )?owners? of {X}',
      '(?:to whom|who) does {X} belong(?: to)?',
      '(?:which|what) company owns {X}',
    ],
    spending: [
      'what (?:does|did|will) {X} (?:plan|intend|want) to spend(?: on)?',
      'how much (?:does|did|will) {X} (?:plan|intend|want|expect) to spend',
      'how much will {X} spend',
      'what (?:are|were) {X}\'s spending plans',
      'what (?:are|were) (?:the )?spending plans of {X}',
    ],
    connection: [
      'what connects {X} (?:and|with|to) {Y}',
      'what links {X} (?:and|with|to) {Y}',
      'how (?:is|are) {X} (?:and|with) {Y} (?:connected|related|linked)',
      'how is {X} (?:connected|related|linked) to {Y}',
      'what is the (?:connection|link|relationship|relation) between {X} and {Y}',
    ],
  },
  examples: {
    investmentAmount: 'How much did Meta invest in Scale AI?',
    investors: 'Who invested in Scale AI?',
    interimCeo: 'Who is the interim CEO of Scale AI?',
    ceo: 'Who is the CEO of Meta?',
    founders: 'Who founded Scale AI?',
    joined: 'Who joined Meta?',
    wentTo: 'Where did Alexandr Wang go?',
    competitors: 'Who competes with Meta?',
    develops: 'What does Meta develop?',
    developers: 'Who develops Llama?',
    owns: 'What does Meta own?',
    owners: 'Who owns Instagram?',
    spending: 'What does Meta plan to spend?',
    connection: 'What connects Jason Droege and Meta?',
  },
  proclitics: [],
  enclitics: ["'s", "'"],
  leadingWords: ['the', 'company', 'firm', 'startup', 'start-up'],
  trailingWords: ['company', 'inc', 'corp'],
};
