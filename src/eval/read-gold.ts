/** Reading gold files and folders: the only place gold touches the file system. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { GoldError } from './errors.js';
import { mergeGold, parseGold, type GoldDoc } from './gold.js';

export async function readGoldFile(path: string): Promise<GoldDoc[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new GoldError(
      code === 'ENOENT' ? `gold file not found: ${path}` : `cannot read gold file ${path}: ${(err as Error).message}`,
      'Pass --gold with a gold JSON file or a folder of them (e.g. --gold seeds/seeds.gold.json).',
      err,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new GoldError(`${path} is not valid JSON: ${(err as Error).message}`, 'Fix the JSON syntax of the gold file.', err);
  }
  return parseGold(data, path);
}

/** A file, or every *.json file of a folder (sorted, not recursive), concatenated. */
export async function readGold(path: string): Promise<GoldDoc[]> {
  let isDir: boolean;
  try {
    isDir = (await stat(path)).isDirectory();
  } catch (err) {
    throw new GoldError(
      `gold file not found: ${path}`,
      'Pass --gold with a gold JSON file or a folder of them (e.g. --gold seeds/seeds.gold.json).',
      err,
    );
  }
  if (!isDir) return readGoldFile(path);
  const names = (await readdir(path)).filter((n) => n.toLowerCase().endsWith('.json')).sort();
  if (names.length === 0) {
    throw new GoldError(`no *.json gold file in ${path}`, 'Put gold files (JSON arrays of gold documents) in the folder.');
  }
  const files = [];
  for (const name of names) {
    const source = join(path, name);
    files.push({ source, docs: await readGoldFile(source) });
  }
  return mergeGold(files);
}
