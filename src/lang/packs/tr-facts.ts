/** Turkish claim-status and time words (see ClaimStatusWords, TimeWords in ../types.ts). Negation and possibility are verb endings. */
import type { ClaimStatusWords, TimeWords } from '../types.js';

/** Month names in order (ocak = 1). */
const MONTHS = ['ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık'];
/** A month is a period with a locative ending ("Mart'ta", "Kasım'da") or "ayında"; bare, "Kasım" may be a name. */
const MONTH_FORMS = (m: string): string[] => [`${m}'da`, `${m}'de`, `${m}'ta`, `${m}'te`, `${m} ayında`, `${m} ayı içinde`];

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
  exceptions: ['ilk değil', 'sadece değil', 'açıklanmadı', 'açıklanmamış', 'açıklamadı', 'belirtilmedi', 'belirtilmemiş', 'paylaşılmadı'],
  reporting: ['açıkladı', 'söyledi', 'bildirdi', 'duyurdu', 'açıkladığı', 'bildirdiği', 'duyurduğu', 'açıklamasında', 'açıklamada'],
  futureInPast: [],
  clauseBreaks: ['ama', 'ancak', 'fakat', 'oysa', 'çünkü'],
};

export const trTime: TimeWords = {
  relativeYears: { 'bu yıl': 0, 'bu yıl*': 0, 'bu sene': 0, 'gelecek yıl': 1, 'gelecek yıl*': 1, 'önümüzdeki yıl': 1, 'önümüzdeki yıl*': 1, 'gelecek sene': 1, 'seneye': 1, 'geçen yıl': -1, 'geçen yıl*': -1, 'geçtiğimiz yıl': -1, 'geçtiğimiz yıl*': -1, 'geçen sene': -1 },
  quarters: { 'ilk çeyre*': 1, 'birinci çeyre*': 1, 'ikinci çeyre*': 2, 'üçüncü çeyre*': 3, 'dördüncü çeyre*': 4, 'son çeyre*': 4, q1: 1, q2: 2, q3: 3, q4: 4 },
  relativeQuarters: { 'bu çeyre*': 0, 'gelecek çeyre*': 1, 'önümüzdeki çeyre*': 1, 'geçen çeyre*': -1, 'geçtiğimiz çeyre*': -1, 'önceki çeyre*': -1 },
  months: Object.fromEntries(MONTHS.flatMap((m, i) => MONTH_FORMS(m).map((f) => [f, i + 1]))),
  relativeMonths: { 'bu ay': 0, 'gelecek ay': 1, 'önümüzdeki ay': 1, 'geçen ay': -1, 'geçtiğimiz ay': -1 },
  pastSpending: ['harcadı', 'harcamıştı', 'harcamıştır', 'harcadığı', 'ulaştı', 'ulaşmıştı'],
};
