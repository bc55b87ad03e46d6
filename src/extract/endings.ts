/**
 * Whether a folded word ends in one of a pack's listed endings (company head nouns, common-noun
 * suffixes, negative verb suffixes), answered once per distinct word: rules ask it of the same
 * words in every sentence, and each answer scans the whole list.
 */

/** Distinct words remembered per list; the table is emptied past this size, bounding memory. */
const ENDING_MEMO_LIMIT = 50_000;

const tests = new WeakMap<readonly string[], Map<number, (fold: string) => boolean>>();

/**
 * A test of `fold` against `endings`: true when some ending `e` ends `fold` and `fold` has at
 * least `extra` letters more than `e` ("konzern" ends "chemiekonzern"; with extra 3 a suffix
 * "-ung" ends "Rechnung" but not "Jung"). The list must not change after the first call
 * (pack data is frozen in practice); answers are those of `endings.some(...)`.
 */
export function endingTest(endings: readonly string[], extra: number): (fold: string) => boolean {
  let byExtra = tests.get(endings);
  if (byExtra === undefined) tests.set(endings, (byExtra = new Map()));
  let test = byExtra.get(extra);
  if (test === undefined) {
    let memo = new Map<string, boolean>();
    test = (fold: string): boolean => {
      let v = memo.get(fold);
      if (v === undefined) {
        v = false;
        for (let k = 0; k < endings.length; k++) {
          const e = endings[k];
          if (fold.length >= e.length + extra && fold.endsWith(e)) {
            v = true;
            break;
          }
        }
        if (memo.size >= ENDING_MEMO_LIMIT) memo = new Map();
        memo.set(fold, v);
      }
      return v;
    };
    byExtra.set(extra, test);
  }
  return test;
}
