/**
 * Child process for the kill tests: writes argv[2] (a path) atomically with argv[3] bytes
 * of data, and stops at a chosen point so the parent can kill it there:
 *   before-rename — the temporary file is complete and flushed, the target not yet replaced
 *   mid-write     — the temporary file is being written (a large payload, written slowly)
 * It prints "AT <point>" when it gets there, then waits.
 *
 * Plain JavaScript on the built writer (dist/, which `npm test` builds first, as the kg
 * builds of the same test file run dist/cli/bin.js): Node starts it without tsx's loader,
 * ~0.1 instead of ~0.4 CPU-s per child.
 */
import { writeFileAtomic } from '../../../dist/io/atomic-write.js';

const [, , path, sizeText, point] = process.argv;
const size = Number(sizeText);
const data = Buffer.alloc(size, 'n');

if (point === 'before-rename') {
  await writeFileAtomic(path, data, {
    beforeRename: async () => {
      process.stdout.write('AT before-rename\n');
      await new Promise(() => undefined);
    },
  });
} else {
  process.stdout.write('AT mid-write\n');
  await writeFileAtomic(path, data);
  process.stdout.write('DONE\n');
}
