/**
 * `kg entity NAME`: the card of one entity, found by any alias in any script or case, with
 * a typo forgiven: its type, aliases by language, and every fact in and out with the
 * sentences and documents behind it. See docs/ask.md.
 */
import { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { QUESTION_LANGUAGES } from '../../query/lang/index.js';
import { addNeo4jOptions } from '../../neo4j/connection.js';
import { buildEntityCard } from '../../query/card.js';
import { openBackend, type BackendFlags } from '../../query/open.js';
import { renderCard } from '../../query/render.js';
import { resolveOrThrow } from '../../query/resolve.js';
import type { CliIO } from '../io.js';

interface EntityFlags extends BackendFlags {
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
  cmd.action(async (words: string[], flags: EntityFlags) => {
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
  });
  return cmd;
}
