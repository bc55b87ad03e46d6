/**
 * Every kg subcommand, by name. Each module exports a factory `(io) => Command`; add a line
 * here to register a new one. Modules are loaded on demand (as citty's lazy subCommands):
 * `kg build …` loads only build's definition, while `kg --help` loads all to list them.
 */
import type { Command } from 'commander';
import type { CliIO } from '../io.js';

export interface CommandEntry {
  name: string;
  /** Imports the command's module and returns its factory. */
  load: () => Promise<(io: CliIO) => Command>;
}

/** In the order `kg --help` lists them: the main job first, then its readers. */
export const COMMANDS: readonly CommandEntry[] = [
  { name: 'build', load: async () => (await import('./build.js')).buildCommand },
  { name: 'eval', load: async () => (await import('./eval.js')).evalCommand },
  { name: 'export', load: async () => (await import('./export.js')).exportCommand },
  { name: 'diff', load: async () => (await import('./diff.js')).diffCommand },
  { name: 'load', load: async () => (await import('./load.js')).loadCommand },
  { name: 'entity', load: async () => (await import('./entity.js')).entityCommand },
  { name: 'ask', load: async () => (await import('./ask.js')).askCommand },
];

/** Options of `kg` itself that end the run before any command: commander answers them first. */
const VERSION_FLAGS: readonly string[] = ['-V', '--version'];

/**
 * The commands a command line needs: none for `kg --version`, the one it names first, or all
 * of them when it names none (`kg --help`, `kg help build`, a typo that commander should
 * answer with "unknown command" and a suggestion).
 */
export function commandsFor(argv: readonly string[]): readonly CommandEntry[] {
  if (VERSION_FLAGS.includes(argv[0] ?? '')) return [];
  const named = COMMANDS.find((c) => c.name === argv[0]);
  return named ? [named] : COMMANDS;
}
