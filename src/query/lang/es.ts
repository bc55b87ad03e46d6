/** Spanish question forms (accents optional, as people type them). */
import type { QuestionLanguage } from './types.js';

export const es: QuestionLanguage = {
  code: 'es',
  name: 'Español',
  templates: {
    investmentAmount: [
      'cu[aá]nto (?:dinero )?(?:invirti[oó]|ha invertido|invierte) {X} en {Y}',
    ],
    investors: [
      'qui[eé]n(?:es)? (?:invirti[oó]|invirtieron|ha invertido|han invertido|invierte|invierten) en {X}',
      'qui[eé]nes son (?:los )?inversores (?:de|en) {X}',
    ],
    interimCeo: [
      'qui[eé]n es (?:el |la )?(?:ceo|director ejecutivo|directora ejecutiva|consejero delegado|consejera delegada) (?:interino|interina|en funciones) (?:de|del|en) {X}',
    ],
    ceo: [
      'qui[eé]n es (?:el |la )?(?:ceo|director ejecutivo|directora ejecutiva|consejero delegado|consejera delegada|jefe|jefa) (?:de|del|en) {X}',
      'qui[eé]n (?:dirige|lidera|dirigi[oó]|lider[oó]) (?:a )?{X}',
    ],
    founders: [
      'qui[eé]n(?:es)? (?:fund[oó]|fundaron|cofund[oó]|cre[oó]) {X}',
      'qui[eé]n(?:es)? (?:es|son|fue|fueron) (?:el |la |los )?(?:co-?)?fundador(?:a|es)? (?:de|del) {X}',
    ],
    joined: [
      'qui[eé]n(?:es)? (?:se (?:uni[oó]|unieron|ha unido|han unido|incorpor[oó]|incorporaron)|fich[oó]|lleg[oó]) (?:a|por) {X}',
    ],
    wentTo: [
      '(?:a )?d[oó]nde (?:fue|se fue|se march[oó]|se mud[oó]|ha ido) {X}',
      'a qu[eé] (?:empresa|compa[nñ][ií]a) (?:se uni[oó]|fue|se march[oó]) {X}',
    ],
    competitors: [
      'qui[eé]n(?:es)? compiten? con {X}',
      'qui[eé]nes son (?:los )?(?:competidores|rivales) de {X}',
      'con qui[eé]n compite {X}',
    ],
    develops: [
      'qu[eé] (?:desarrolla|desarroll[oó]|fabrica) {X}',
      'qu[eé] (?:productos|modelos) (?:desarrolla|tiene) {X}',
    ],
    developers: [
      'qui[eé]n (?:desarrolla|desarroll[oó]|fabrica|ha desarrollado) {X}',
      'qu[eé] empresa (?:desarrolla|desarroll[oó]) {X}',
    ],
    owns: [
      'qu[eé] (?:posee|controla) {X}',
      'qu[eé] (?:empresas|marcas|productos|aplicaciones) (?:posee|tiene|controla) {X}',
    ],
    owners: [
      'qui[eé]n (?:posee|controla|es (?:el )?(?:due[nñ]o|propietario) de) {X}',
      'de qui[eé]n es {X}',
      'a qui[eé]n pertenece {X}',
    ],
    spending: [
      'cu[aá]nto (?:planea|piensa|prev[eé]|quiere|pretende|va a) (?:gastar|invertir) {X}',
      'cu[aá]nto (?:planea|piensa|quiere|pretende) {X} (?:gastar|invertir)',
      'cu[aá]les son los planes de gasto de {X}',
    ],
    connection: [
      'qu[eé] (?:conecta|une|relaciona|vincula) (?:a )?{X} (?:y|e|con) {Y}',
      'cu[aá]l es (?:la |el )?(?:relaci[oó]n|conexi[oó]n|v[ií]nculo) entre {X} (?:y|e) {Y}',
      'c[oó]mo (?:est[aá]n|se relacionan) {X} (?:y|e) {Y}(?: (?:relacionad|conectad|vinculad)[oa]s)?',
    ],
  },
  examples: {
    investmentAmount: '¿Cuánto invirtió Meta en Scale AI?',
    investors: '¿Quién invirtió en Scale AI?',
    interimCeo: '¿Quién es el CEO interino de Scale AI?',
    ceo: '¿Quién es el CEO de Meta?',
    founders: '¿Quién fundó Scale AI?',
    joined: '¿Quién se unió a Meta?',
    wentTo: '¿A dónde fue Alexandr Wang?',
    competitors: '¿Quién compite con Meta?',
    develops: '¿Qué desarrolla Meta?',
    developers: '¿Quién desarrolla Llama?',
    owns: '¿Qué posee Meta?',
    owners: '¿Quién posee Instagram?',
    spending: '¿Cuánto planea gastar Meta?',
    connection: '¿Qué conecta a Jason Droege y Meta?',
  },
  proclitics: [],
  enclitics: [],
  leadingWords: ['el', 'la', 'los', 'las', 'empresa', 'compañía', 'startup'],
  trailingWords: [],
};
