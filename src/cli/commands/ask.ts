/**
 * `kg ask "QUESTION"`: answers questions about one or two entities in English, German,
 * Dutch, Turkish, Arabic, French and Spanish, citing the sentences behind each answer.
 * A question it cannot parse gets two lines, what it understood and the closest form it
 * answers (exit 1), never a guess; `kg ask --help` lists every form.
 */
import { Command } from 'commander';
import { addNeo4jOptions } from '../../neo4j/connection.js';
import { answerQuestion } from '../../query/answer.js';
import { UnparsedQuestionError } from '../../query/errors.js';
import { supportedFormsText, unparsedNote } from '../../query/forms.js';
import { openBackend, type BackendFlags } from '../../query/open.js';
import { parseQuestion } from '../../query/parse.js';
import { renderAnswer } from '../../query/render.js';
import type { CliIO } from '../io.js';

interface AskFlags extends BackendFlags {
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
  cmd.action(async (words: string[], flags: AskFlags) => {
    const question = words.join(' ');
    // Parsing needs no graph: an unparseable question fails before any file or server is touched.
    const parsed = parseQuestion(question);
    if (!parsed) {
      const note = unparsedNote(question);
      throw new UnparsedQuestionError(question, note.understood, note.suggestion);
    }
    const backend = await openBackend(flags, io.env, io.cwd);
    try {
      const answer = await answerQuestion(backend, parsed);
      io.stdout.write(flags.json ? `${JSON.stringify(answer, null, 2)}\n` : renderAnswer(answer));
    } finally {
      await backend.close();
    }
  });
  return cmd;
}
