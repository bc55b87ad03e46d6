/**
 * Errors of the LLM extractor. Unavailable and auth errors stop a build (every document
 * would fail the same way); a reply error concerns one document and becomes an input issue.
 * Messages never contain the API key.
 */
import { KgError } from '../errors.js';

/** The endpoint cannot be reached, timed out, or keeps failing (5xx, 429, other 4xx). */
export class LlmUnavailableError extends KgError {
  constructor(message: string, hint?: string, cause?: unknown) {
    super('E_LLM_UNAVAILABLE', message, { hint, cause });
  }
}

/** The endpoint refused the credentials (401, 403). */
export class LlmAuthError extends KgError {
  constructor(message: string, hint?: string) {
    super('E_LLM_AUTH', message, { hint });
  }
}

/** The model answered, but not with JSON of the expected shape. */
export class LlmReplyError extends KgError {
  constructor(message: string, hint?: string, cause?: unknown) {
    super('E_LLM_REPLY', message, { hint, cause });
  }
}
