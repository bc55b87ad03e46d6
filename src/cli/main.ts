/**
 * The `kg` command line: a thin layer over the library. Commands are registered from
 * ./commands; each parses its options and calls library functions. Only `bin.ts` exits.
 */
import { Command, CommanderError } from 'commander';
import { isKgError } from '../errors.js';
import { VERSION } from '../version.js';
import { COMMANDS } from './commands/index.js';
import { type CliIO, processIO } from './io.js';
import { oneLine, safeStream, terminalSafe } from '../terminal.js';

export function createProgram(io: CliIO): Command {
  const program = new Command('kg')
    .description('Build a knowledge graph from news articles in many languages, offline, with the evidence for every fact.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run kg --help or kg <command> --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });
  for (const make of COMMANDS) {
    const cmd = make(io);
    cmd.exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
    program.addCommand(cmd);
  }
  return program;
}

/** Runs kg with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], given: CliIO = processIO()): Promise<number> {
  // Every command prints through the terminal-safe streams (./terminal.ts).
  const io: CliIO = { ...given, stdout: safeStream(given.stdout), stderr: safeStream(given.stderr) };
  const program = createProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return io.exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end through here with code 0.
      return err.exitCode === 0 ? 0 : 2;
    }
    if (isKgError(err)) {
      io.stderr.write(`error [${err.code}]: ${oneLine(err.message)}\n`);
      if (err.hint) io.stderr.write(`  ${terminalSafe(err.hint)}\n`);
      return err.exitCode;
    }
    io.stderr.write(`error [E_INTERNAL]: ${terminalSafe((err as Error)?.stack ?? String(err))}\n`);
    io.stderr.write('  This is a bug in kg; please report it with the command you ran.\n');
    return 70;
  }
}
