/** Turkish claim-status and time words (see ClaimStatusWords, TimeWords in ../types.ts). Negation and possibility are verb endings. */
import type { ClaimStatusWords, TimeWords } from '../types.js';

export const trClaimStatus: ClaimStatusWords = {
  negators: ['değil', 'değildir', 'hiçbir'],
  // yapmadı, etmedi, almamış, yapmıyor, yapmayacak, yaptığını / yapmadığını.
  negativeSuffixes: ['madı', 'medi', 'mamış', 'memiş', 'mıyor', 'miyor', 'muyor', 'müyor', 'mayacak', 'meyecek', 'mayacağını', 'meyeceğini', 'madığını', 'mediğini', 'madığı', 'mediği'],
  denials: ['yalanladı', 'yalanlad*', 'yalanlam*', 'reddetti', 'reddetmiş', 'planı yok', 'planı bulunmuyor', 'vazgeçti', 'vazgeçtiğini', 'iptal etti'],
  modals: ['olabilir', 'muhtemel', 'muhtemelen', 'olası', 'belki', 'ihtimal', 'ihtimali'],
  // yapabilir, edebilir, alabilecek.
  modalSuffixes: ['abilir', 'ebilir', 'abilecek', 'ebilecek', 'abileceğini', 'ebileceğini'],
  // A condition is a verb ending: onaylarsa, verirse, olursa, görürse; onaylamazsa.
  conditionalSuffixes: ['arsa', 'erse', 'ırsa', 'irse', 'ursa', 'ürse', 'azsa', 'ezse'],
  conditionals: ['eğer', 'şayet'],
  talks: ['görüşme*', 'müzakere*', 'değerlendiriyor', 'iddia*', 'söylenti*', 'kulis*', 'öne sürüldü', 'ileri sürüldü'],
  plans: ['planlıyor', 'planladığını', 'planlandığını', 'niyetinde', 'hedefliyor', 'amaçlıyor', 'istiyor'],
  exceptions: ['sadece değil', 'açıklanmadı', 'açıklanmamış', 'açıklamadı', 'belirtilmedi', 'belirtilmemiş', 'paylaşılmadı'],
  clauseBreaks: ['ama', 'ancak', 'fakat', 'oysa', 'çünkü'],
};

export const trTime: TimeWords = {
  relativeYears: { 'bu yıl': 0, 'bu yıl*': 0, 'bu sene': 0, 'gelecek yıl': 1, 'gelecek yıl*': 1, 'önümüzdeki yıl': 1, 'önümüzdeki yıl*': 1, 'gelecek sene': 1, 'seneye': 1, 'geçen yıl': -1, 'geçen yıl*': -1, 'geçtiğimiz yıl': -1, 'geçtiğimiz yıl*': -1, 'geçen sene': -1 },
  pastSpending: ['harcadı', 'harcamıştı', 'harcamıştır', 'harcadığı', 'ulaştı', 'ulaşmıştı'],
};
