/**
 * Errors carry a stable `code` (for scripts and tests) and a `hint` that tells the user
 * what to do next. The CLI prints `error [code]: message` and the hint; nothing else exits.
 */
export class KgError extends Error {
  readonly code: string;
  readonly hint: string | undefined;
  readonly exitCode: number;

  constructor(code: string, message: string, options: { hint?: string; cause?: unknown; exitCode?: number } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? 1;
  }
}

/** A command-line option or argument is wrong (exit code 2, like commander's own usage errors). */
export class UsageError extends KgError {
  constructor(message: string, hint?: string) {
    super('E_USAGE', message, { hint, exitCode: 2 });
  }
}

/** No document of the input could be read. */
export class NoInputError extends KgError {
  constructor(message: string, hint?: string) {
    super('E_NO_INPUT', message, { hint });
  }
}

/** A file or folder named on the command line does not exist (inside folders it is only a warning). */
export class MissingInputError extends KgError {
  constructor(message: string, hint?: string) {
    super('E_MISSING_INPUT', message, { hint });
  }
}

/** A snapshot file is missing, not JSON, or does not follow the snapshot contract. */
export class SnapshotError extends KgError {
  constructor(message: string, hint?: string, cause?: unknown) {
    super('E_SNAPSHOT', message, { hint, cause });
  }
}

export function isKgError(err: unknown): err is KgError {
  return err instanceof KgError;
}
