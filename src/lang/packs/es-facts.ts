/** Spanish claim-status and time words (see ClaimStatusWords, TimeWords in ../types.ts). */
import type { ClaimStatusWords, TimeWords } from '../types.js';

/** Month names in order (enero = 1). */
const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

export const esClaimStatus: ClaimStatusWords = {
  negators: ['no', 'nunca', 'jamás', 'ningún', 'ninguna', 'tampoco', 'ni'],
  negativeSuffixes: [],
  denials: ['negó', 'niega', 'niegan', 'negaron', 'desmintió', 'desmiente', 'desmienten', 'desmintieron', 'descartó', 'descarta', 'no tiene planes', 'renunció', 'renuncia', 'abandonó', 'canceló', 'rechazó los informes'],
  modals: ['podría', 'podrían', 'adquiriría', 'adquirirían', 'compraría', 'comprarían', 'invertiría', 'invertirían', 'podrá', 'podrán', 'posible', 'posiblemente', 'potencial', 'eventual', 'eventualmente', 'quizá', 'quizás', 'tal vez'],
  modalSuffixes: [],
  conditionalSuffixes: [],
  conditionals: ['si', 'siempre que', 'en caso de que'],
  talks: ['en conversaciones', 'conversaciones', 'en negociaciones', 'negociaciones', 'negocia', 'negocian', 'estudia', 'estudian', 'sopesa', 'baraja', 'rumor', 'rumores', 'según fuentes', 'habría', 'habrían', 'supuestamente'],
  plans: ['planea', 'planean', 'prevé', 'prevén', 'tiene previsto', 'pretende', 'pretenden', 'quiere', 'quieren', 'tiene la intención', 'proyecta'],
  exceptions: ['no es la primera', 'no es el primer', 'no es la única', 'no es el único', 'no solo', 'no sólo', 'no reveló', 'no se reveló', 'no divulgó', 'no se divulgó', 'no trascendió', 'no precisó', 'no se ha revelado', 'no ha revelado',
    // Resigning a post is leaving it, no denial of the role: "renuncia como presidente de X".
    'renuncia como', 'renunció como', 'renuncia al cargo', 'renunció al cargo', 'renuncia a su cargo', 'renunció a su cargo', 'renuncia a la presidencia', 'renunció a la presidencia', 'abandonó el cargo', 'abandonó la presidencia', 'abandonó el consejo'],
  reporting: ['dijo', 'afirmó', 'anunció', 'aseguró', 'confirmó', 'explicó', 'indicó', 'señaló', 'informó', 'ha dicho', 'ha afirmado', 'ha anunciado', 'ha asegurado', 'ha confirmado', 'ha explicado', 'ha indicado', 'ha señalado', 'ha informado', 'informado', 'anunciado', 'comunicó', 'ha comunicado', 'detalló', 'ha detallado', 'precisó', 'agregó', 'añadió'],
  futureInPast: ['adquiriría', 'adquirirían', 'compraría', 'comprarían', 'invertiría', 'invertirían'],
  clauseBreaks: ['pero', 'mientras', 'aunque', 'sino', 'tras', 'porque', 'después de que', 'antes de que', 'ya que', 'puesto que'],
};

export const esTime: TimeWords = {
  relativeYears: { 'este año': 0, 'el año en curso': 0, 'próximo año': 1, 'el año próximo': 1, 'año que viene': 1, 'el año que viene': 1, 'año pasado': -1, 'el año pasado': -1, 'año anterior': -1, 'el año anterior': -1 },
  quarters: { 'primer trimestre': 1, 'segundo trimestre': 2, 'tercer trimestre': 3, 'cuarto trimestre': 4, 'último trimestre del año': 4, q1: 1, q2: 2, q3: 3, q4: 4 },
  relativeQuarters: { 'este trimestre': 0, 'trimestre actual': 0, 'trimestre en curso': 0, 'próximo trimestre': 1, 'siguiente trimestre': 1, 'trimestre pasado': -1, 'trimestre anterior': -1 },
  months: { ...Object.fromEntries(MONTHS.flatMap((m, i) => [[`en ${m}`, i + 1], [`en el mes de ${m}`, i + 1], [`a principios de ${m}`, i + 1], [`a finales de ${m}`, i + 1]])), 'en setiembre': 9 },
  relativeMonths: { 'este mes': 0, 'próximo mes': 1, 'mes que viene': 1, 'mes pasado': -1, 'mes anterior': -1 },
  pastSpending: ['gastó', 'gastaron', 'ha gastado', 'había gastado', 'ascendió', 'ascendieron', 'alcanzó', 'alcanzaron'],
};
