/**
 * `kg ask "QUESTION"`: answers questions about one or two entities in English, German,
 * Dutch, Turkish, Arabic, French and Spanish, citing the sentences behind each answer.
 * A question it cannot parse gets two lines, what it understood and the closest form it
 * answers (exit 1), never a guess; `kg ask --help` lists every form.
 */
import { Command } from 'commander';
import { addNeo4jOptions } from '../../neo4j/connection.js';
import { supportedFormsText } from '../../query/forms.js';
import type { BackendFlags } from '../../query/open.js';
import type { CliIO } from '../io.js';

export interface AskFlags extends BackendFlags {
  json?: boolean;
}

export function askCommand(io: CliIO): Command {
  const cmd = new Command('ask')
    .description('Answer a question about entities (who is X, who invested in X, who acquired X, what connects X and Y…) with sources, in the language of the question.')
    .argument('<question...>', 'the question, in en, de, nl, tr, ar, fr or es (quotes recommended)')
    .option('--snapshot <file>', 'snapshot to read (default out/graph.json)')
    .option('--neo4j', 'ask the Neo4j database filled by kg load instead of a snapshot')
    .option('--json', 'print the answer as JSON (see docs/ask.md)');
  addNeo4jOptions(cmd);
  cmd.addHelpText('after', `\nQuestions it answers (X and Y are entity names):\n${supportedFormsText()}\n`);
  // Answering is loaded when it runs: --help, --version and other commands never need it.
  cmd.action(async (words: string[], flags: AskFlags) => (await import('../run/ask.js')).runAsk(io, words, flags));
  return cmd;
}
