/**
 * `kg entity NAME`: the card of one entity, found by any alias in any script or case, with
 * a typo forgiven: its type, aliases by language, and every fact in and out with the
 * sentences and documents behind it. See docs/ask.md.
 */
import { Command } from 'commander';
import { QUESTION_LANGUAGES } from '../../query/lang/index.js';
import { addNeo4jOptions } from '../../neo4j/connection.js';
import type { BackendFlags } from '../../query/open.js';
import type { CliIO } from '../io.js';

export interface EntityFlags extends BackendFlags {
  json?: boolean;
  lang?: string;
}

export function entityCommand(io: CliIO): Command {
  const cmd = new Command('entity')
    .description('Show what the graph knows about one entity: type, aliases by language, every fact in and out with its evidence.')
    .argument('<name...>', 'a name or alias in any script, e.g. Meta, ميتا, "Scale AI" (quotes optional)')
    .option('--snapshot <file>', 'snapshot to read (default out/graph.json)')
    .option('--neo4j', 'ask the Neo4j database filled by kg load instead of a snapshot')
    .option('--json', 'print the card as JSON (see docs/ask.md)')
    .option('--lang <code>', `write the card in this language: ${QUESTION_LANGUAGES.map((l) => l.code).join(', ')} (default en)`);
  addNeo4jOptions(cmd);
  cmd.addHelpText('after', '\nExamples:\n  kg entity ميتا\n  kg entity Scale AI --json\n  kg entity "Alexandr Wang" --neo4j\n  kg entity Meta --lang de\n');
  // The card is built by a module loaded when it runs: --help and other commands never need it.
  cmd.action(async (words: string[], flags: EntityFlags) => (await import('../run/entity.js')).runEntity(io, words, flags));
  return cmd;
}
