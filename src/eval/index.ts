/** `kg eval` as a library: read gold, score a snapshot, format the result. */
export { scoreSnapshot } from './score.js';
export { parseGold, mergeGold, GoldDocSchema, GoldFactSchema, GoldEntitySchema, GoldFileSchema, type GoldDoc, type GoldFact, type GoldEntity, type GoldMoney } from './gold.js';
export { readGold, readGoldFile } from './read-gold.js';
export { normalizeName } from './normalize.js';
export { AMOUNT_TOLERANCE, STAKE_TOLERANCE } from './amounts.js';
export { GoldError } from './errors.js';
export { formatEvalTable, formatEvalVerbose } from './format.js';
export type * from './report.js';
