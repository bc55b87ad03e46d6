/** Which file names ingest reads, and as what. */
import { extname } from 'node:path';

export type InputFormat = 'text' | 'markdown' | 'jsonl';

const FORMAT_BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.jsonl': 'jsonl',
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(FORMAT_BY_EXTENSION);

/** The extension with its dot, lower-cased (`.TXT` is a text file too); '' when there is none. */
export function extensionOf(path: string): string {
  return extname(path).toLowerCase();
}

export function formatOf(path: string): InputFormat | undefined {
  return FORMAT_BY_EXTENSION[extensionOf(path)];
}
