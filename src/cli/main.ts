/**
 * The `kg` command line: a thin layer over the library. Commands are registered from
 * ./commands; each parses its options and calls library functions. Only `bin.ts` exits.
 */
import { Command, CommanderError } from 'commander';
import { isKgError } from '../errors.js';
import { VERSION } from '../version.js';
import { COMMANDS, type CommandEntry, commandsFor } from './commands/index.js';
import { type CliIO, processIO } from './io.js';
import { oneLine, safeStream, terminalSafe } from '../terminal.js';

/** Whether the command line asks for JSON: then errors are JSON too, one object on stderr. */
function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes('--json');
}

/** `{"error":{"code","message","hint","exitCode"}}`: what a script reads when --json fails. */
export function errorJson(code: string, message: string, hint: string | undefined, exitCode: number): string {
  return `${JSON.stringify({ error: { code, message, ...(hint ? { hint } : {}), exitCode } })}\n`;
}

/**
 * The `kg` program with `commands` (default: all) registered; their modules are imported
 * here, so a command line pays only for the commands it can run (./commands/index.ts).
 */
export async function createProgram(io: CliIO, options: { json?: boolean; commands?: readonly CommandEntry[] } = {}): Promise<Command> {
  // Commander's own usage errors ("unknown option") as JSON when --json was asked for.
  const outputError = (text: string, write: (s: string) => void): void => {
    if (!options.json) return write(text);
    const message = text.replace(/^error: /, '').split('\n')[0]!.trim();
    if (message) write(errorJson('E_USAGE', message, 'Run kg <command> --help for usage.', 2));
  };
  const program = new Command('kg')
    .description('Build a knowledge graph from news articles in many languages, offline, with the evidence for every fact.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run kg --help or kg <command> --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError,
    });
  if (options.json) program.showHelpAfterError(false);
  const factories = await Promise.all((options.commands ?? COMMANDS).map((c) => c.load()));
  for (const make of factories) {
    const cmd = make(io);
    cmd.exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError });
    if (options.json) cmd.showHelpAfterError(false);
    program.addCommand(cmd);
  }
  return program;
}

/** Runs kg with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], given: CliIO = processIO()): Promise<number> {
  // Every command prints through the terminal-safe streams (./terminal.ts).
  const io: CliIO = { ...given, stdout: safeStream(given.stdout), stderr: safeStream(given.stderr) };
  const json = wantsJson(argv);
  try {
    const program = await createProgram(io, { json, commands: commandsFor(argv) });
    await program.parseAsync(argv, { from: 'user' });
    return io.exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end through here with code 0.
      return err.exitCode === 0 ? 0 : 2;
    }
    if (isKgError(err) && json) {
      io.stderr.write(errorJson(err.code, err.message, err.hint, err.exitCode));
      return err.exitCode;
    }
    if (isKgError(err)) {
      io.stderr.write(`error [${err.code}]: ${oneLine(err.message)}\n`);
      if (err.hint) io.stderr.write(`  ${terminalSafe(err.hint)}\n`);
      return err.exitCode;
    }
    if (json) {
      io.stderr.write(errorJson('E_INTERNAL', (err as Error)?.stack ?? String(err), 'This is a bug in kg; please report it with the command you ran.', 70));
      return 70;
    }
    io.stderr.write(`error [E_INTERNAL]: ${terminalSafe((err as Error)?.stack ?? String(err))}\n`);
    io.stderr.write('  This is a bug in kg; please report it with the command you ran.\n');
    return 70;
  }
}
