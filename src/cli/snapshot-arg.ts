/**
 * Every command that reads a snapshot takes `--snapshot FILE`; export, eval and load also
 * take it as a positional argument, where nothing else is positional.
 */
import { UsageError } from '../errors.js';
import { DEFAULT_SNAPSHOT_PATH } from '../snapshot/default-path.js';

/** The snapshot path from the positional argument or --snapshot (the same if both), else the default. */
export function snapshotPathOf(positional: string | undefined, flag: string | undefined): string {
  if (positional !== undefined && flag !== undefined && positional !== flag) {
    throw new UsageError(`two snapshots given: ${positional} and --snapshot ${flag}`, 'Pass the snapshot once, as SNAPSHOT or as --snapshot FILE.');
  }
  return flag ?? positional ?? DEFAULT_SNAPSHOT_PATH;
}
