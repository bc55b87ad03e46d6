/** German question forms. */
import type { QuestionLanguage } from './types.js';

export const de: QuestionLanguage = {
  code: 'de',
  name: 'Deutsch',
  templates: {
    investmentAmount: [
      'wie ?viel (?:geld )?(?:hat|haben) {X} in {Y} (?:investiert|gesteckt)',
      'wie ?viel (?:investierte|investiert|zahlte) {X} (?:in|für) {Y}',
    ],
    investors: [
      'wer (?:hat|haben) (?:sich )?in {X} investiert',
      'wer investiert(?:e)? in {X}',
      'wer (?:sind|waren|ist|war) (?:die )?(?:investoren|geldgeber|investor|anteilseigner) (?:von|bei|in) {X}',
      'wer (?:hat|haben) sich an {X} beteiligt',
    ],
    interimCeo: [
      'wer (?:ist|war) (?:der |die )?(?:interims-?ceo|interims-?chef(?:in)?|kommissarische[rn]? (?:ceo|chef(?:in)?)) (?:von|bei) {X}',
      'wer (?:leitet|führt|leitete|führte) {X} (?:kommissarisch|vorübergehend|interimistisch)',
    ],
    ceo: [
      'wer (?:ist|war) (?:der |die )?(?:ceo|chef(?:in)?|konzernchef(?:in)?|vorstandschef(?:in)?|vorstandsvorsitzende[r]?|geschäftsführer(?:in)?) (?:von|bei) {X}',
      'wer (?:leitet|führt|leitete|führte) {X}',
    ],
    founders: [
      'wer (?:hat|haben) {X} gegründet',
      'wer gründete {X}',
      'wer (?:ist|war|sind|waren) (?:der |die )?(?:mit)?gründer(?:in|innen)? (?:von )?{X}',
    ],
    joined: [
      'wer (?:ist|sind) (?:zu|bei) {X} (?:gewechselt|gekommen|eingestiegen|gegangen)',
      'wer (?:kam|wechselte|ging) zu {X}',
      'wer (?:ist|sind) {X} beigetreten',
      'wer trat {X} bei',
    ],
    wentTo: [
      'wohin (?:ist|sind) {X} (?:gewechselt|gegangen)',
      'wohin (?:wechselte|ging) {X}',
      'zu (?:wem|welche[rm]? (?:firma|unternehmen|konzern)) (?:ist|sind) {X} gewechselt',
      'zu (?:wem|welche[rm]? (?:firma|unternehmen|konzern)) (?:wechselte|ging) {X}',
    ],
    competitors: [
      'wer (?:konkurriert|konkurrieren|konkurrierte) mit {X}',
      'wer (?:sind|ist) (?:die )?(?:konkurrenten|wettbewerber|rivalen|konkurrenz) (?:von )?{X}',
      'mit wem (?:konkurriert|konkurrieren) {X}',
    ],
    develops: [
      'was (?:entwickelt|entwickelte|baut) {X}',
      'was (?:hat|haben) {X} entwickelt',
      'welche (?:produkte|modelle) (?:entwickelt|baut|hat) {X}',
    ],
    developers: [
      'wer (?:entwickelt|entwickelte) {X}',
      'wer (?:hat|haben) {X} entwickelt',
      'von wem (?:wird|wurde|stammt) {X}(?: entwickelt)?',
    ],
    owns: [
      'was (?:besitzt|besaß) {X}',
      'was gehört (?:zu )?{X}',
      'welche (?:firmen|unternehmen|marken|produkte|apps|dienste) (?:besitzt|gehören zu|gehören) {X}',
    ],
    owners: [
      'wem (?:gehört|gehörte|gehören) {X}',
      'wer (?:besitzt|besaß) {X}',
      'wer (?:ist|war) (?:der |die )?(?:besitzer|eigentümer)(?:in)? (?:von )?{X}',
      'zu wem gehört {X}',
    ],
    spending: [
      'wie ?viel (?:will|plant|möchte|wird|beabsichtigt) {X} (?:auszugeben|ausgeben|zu investieren|investieren)',
      'was (?:will|plant|möchte) {X} (?:ausgeben|auszugeben)',
      'welche (?:ausgaben|investitionen) (?:plant|will) {X}',
    ],
    connection: [
      'was verbindet {X} (?:und|mit) {Y}',
      'wie (?:sind|ist) {X} (?:und|mit) {Y} verbunden',
      'welche (?:verbindung|beziehung) (?:gibt es |besteht )?zwischen {X} und {Y}',
      'wie hängen {X} und {Y} zusammen',
    ],
  },
  examples: {
    investmentAmount: 'Wie viel hat Meta in Scale AI investiert?',
    investors: 'Wer hat in Scale AI investiert?',
    interimCeo: 'Wer ist Interims-CEO von Scale AI?',
    ceo: 'Wer ist der CEO von Meta?',
    founders: 'Wer hat Scale AI gegründet?',
    joined: 'Wer ist zu Meta gewechselt?',
    wentTo: 'Wohin ist Alexandr Wang gewechselt?',
    competitors: 'Wer konkurriert mit Meta?',
    develops: 'Was entwickelt Meta?',
    developers: 'Wer entwickelt Llama?',
    owns: 'Was besitzt Meta?',
    owners: 'Wem gehört Instagram?',
    spending: 'Wie viel will Meta ausgeben?',
    connection: 'Was verbindet Jason Droege und Meta?',
  },
  proclitics: [],
  // Genitive s ("Metas Chef") and the apostrophe form some writers use.
  enclitics: ["'s", 's'],
  leadingWords: ['der', 'die', 'das', 'dem', 'den', 'des', 'firma', 'unternehmen', 'konzern', 'startup', 'start-up'],
  trailingWords: [],
};
