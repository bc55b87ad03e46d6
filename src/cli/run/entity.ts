/** What `kg entity` does once its options are parsed (../commands/entity.ts defines them). */
import { UsageError } from '../../errors.js';
import { QUESTION_LANGUAGES } from '../../query/lang/index.js';
import { buildEntityCard } from '../../query/card.js';
import { openBackend } from '../../query/open.js';
import { renderCard } from '../../query/render.js';
import { resolveOrThrow } from '../../query/resolve.js';
import type { EntityFlags } from '../commands/entity.js';
import type { CliIO } from '../io.js';

/** Prints the card of the entity named `words`; throws UsageError for a bad --lang, a KgError when none matches. */
export async function runEntity(io: CliIO, words: string[], flags: EntityFlags): Promise<void> {
  const name = words.join(' ');
  const lang = flags.lang?.toLowerCase() ?? 'en';
  if (!QUESTION_LANGUAGES.some((l) => l.code === lang)) throw new UsageError(`--lang expects one of the answer languages, not "${flags.lang}"`, `Answer languages: ${QUESTION_LANGUAGES.map((l) => l.code).join(', ')}`);
  const backend = await openBackend(flags, io.env, io.cwd);
  try {
    const match = await resolveOrThrow(backend, name);
    const card = await buildEntityCard(backend, match.entity);
    if (flags.json) io.stdout.write(`${JSON.stringify({ query: name, match: { tier: match.tier, matched: match.matched }, ...card }, null, 2)}\n`);
    else {
      if (match.tier === 'fuzzy') io.stderr.write(`(no entity is named "${name}"; showing ${match.entity.name}, matched as "${match.matched}")\n`);
      io.stdout.write(renderCard(card, lang));
    }
  } finally {
    await backend.close();
  }
}
