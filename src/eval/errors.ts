import { KgError } from '../errors.js';

/** A gold file is missing, not JSON, or does not follow the gold format of docs/eval.md. */
export class GoldError extends KgError {
  constructor(message: string, hint?: string, cause?: unknown) {
    super('E_GOLD', message, { hint, cause });
  }
}
