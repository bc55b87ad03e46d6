/**
 * Every kg subcommand. Each module exports a factory `(io) => Command`; add a line here to
 * register a new one.
 */
import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { askCommand } from './ask.js';
import { buildCommand } from './build.js';
import { diffCommand } from './diff.js';
import { entityCommand } from './entity.js';
import { evalCommand } from './eval.js';
import { exportCommand } from './export.js';
import { loadCommand } from './load.js';

/** In the order `kg --help` lists them: the main job first, then its readers. */
export const COMMANDS: ReadonlyArray<(io: CliIO) => Command> = [
  buildCommand,
  evalCommand,
  exportCommand,
  diffCommand,
  loadCommand,
  entityCommand,
  askCommand,
];
