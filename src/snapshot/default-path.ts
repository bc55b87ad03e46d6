/**
 * Where kg build writes its snapshot and every reader looks for one, relative to the working
 * directory. Apart from ./io.ts so that --help texts show it without loading the schema.
 */
export const DEFAULT_SNAPSHOT_PATH = 'out/graph.json';
