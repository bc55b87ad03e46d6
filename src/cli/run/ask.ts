/** What `kg ask` does once its options are parsed (../commands/ask.ts defines them). */
import { answerQuestion } from '../../query/answer.js';
import { UnparsedQuestionError } from '../../query/errors.js';
import { unparsedNote } from '../../query/forms.js';
import { openBackend } from '../../query/open.js';
import { parseQuestion } from '../../query/parse.js';
import { renderAnswer } from '../../query/render.js';
import type { AskFlags } from '../commands/ask.js';
import type { CliIO } from '../io.js';

/** Answers the question `words` from the snapshot or Neo4j; an unparsed one throws UnparsedQuestionError. */
export async function runAsk(io: CliIO, words: string[], flags: AskFlags): Promise<void> {
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
}
