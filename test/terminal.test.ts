import { describe, expect, it } from 'vitest';
import { oneLine, rawStream, safeStream, terminalSafe } from '../src/terminal.js';

describe('terminal-safe printing', () => {
  it('escapes ESC, CR, BEL, DEL, C1 and bidi controls; keeps LF and TAB, and every other character', () => {
    expect(terminalSafe('a\u001b[2Jb\rc\u0007d\u007fe\u009bf\u202eg\nh\ti ميتا 🙂')).toBe('a\\u001b[2Jb\\rc\\u0007d\\u007fe\\u009bf\\u202eg\nh\ti ميتا 🙂');
  });

  it('oneLine escapes LF and TAB too, so a name cannot start a fake line', () => {
    expect(oneLine('x.pdf\nerror [E_FAKE]: boom')).toBe('x.pdf\\nerror [E_FAKE]: boom');
  });

  it('escaped output of JSON stays JSON with the same value', () => {
    const value = { s: 'a\u202eb\u0085c\u2028' };
    expect(JSON.parse(terminalSafe(JSON.stringify(value)))).toEqual(value);
  });

  it('a safe stream escapes what is written; its raw stream does not, and isTTY shows through', () => {
    let seen = '';
    const base = { write: (s: string) => (seen += s), isTTY: true };
    const safe = safeStream(base);
    safe.write('\u001b]0;title\u0007\n');
    rawStream(safe).write('\r\u001b[K');
    expect(seen).toBe('\\u001b]0;title\\u0007\n\r\u001b[K');
    expect(safe.isTTY).toBe(true);
    expect(safeStream(safe)).toBe(safe);
  });
});
