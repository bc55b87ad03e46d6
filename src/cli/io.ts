/** What a command may touch: injected so tests run commands in-process and read their output. */
export interface CliIO {
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Set by a command that finished but wants a non-zero exit (e.g. `kg diff` found changes). */
  exitCode: number;
}

export function processIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    exitCode: 0,
  };
}

/** Writes a line; keeps command code free of trailing-newline bookkeeping. */
export function println(stream: CliIO['stdout'], line = ''): void {
  stream.write(`${line}\n`);
}
