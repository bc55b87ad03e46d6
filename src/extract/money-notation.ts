/**
 * Currency notation shared by every language: symbols and prefixed dollars that name their
 * country (A$ is the Australian dollar in an English, German or Arabic text alike), and ISO
 * codes. Pack currency words ("Milliarden Euro", "دولار") come first; this table adds what
 * is notation rather than language. Source: ISO 4217 and the prefixes in common press use
 * (Reuters and AP style: A$, C$, HK$, NZ$, S$, R$, US$).
 */

/** Prefixed dollars and symbols → ISO 4217. Phrases as the tokenizer splits them ("A$" is "a" + "$"). */
export const CURRENCY_NOTATION: Readonly<Record<string, string>> = {
  'a$': 'AUD',
  'au$': 'AUD',
  aud: 'AUD',
  'c$': 'CAD',
  'ca$': 'CAD',
  cad: 'CAD',
  'hk$': 'HKD',
  hkd: 'HKD',
  'nz$': 'NZD',
  nzd: 'NZD',
  's$': 'SGD',
  sgd: 'SGD',
  'r$': 'BRL',
  brl: 'BRL',
  'us$': 'USD',
  usd: 'USD',
  chf: 'CHF',
  '₺': 'TRY',
  '₹': 'INR',
  inr: 'INR',
  rs: 'INR',
  '£': 'GBP',
  gbp: 'GBP',
  '€': 'EUR',
  eur: 'EUR',
  '¥': 'JPY',
  '円': 'JPY',
  jpy: 'JPY',
  '元': 'CNY',
  cny: 'CNY',
  rmb: 'CNY',
  kr: 'SEK',
  sek: 'SEK',
  nok: 'NOK',
  dkk: 'DKK',
};

/**
 * Symbols shared by several currencies, and the words (any pack's, folded) that choose the
 * other one: "¥" is the yen unless the sentence speaks of yuan or renminbi; "kr" the Swedish
 * krona unless it names Norway's or Denmark's.
 */
export const AMBIGUOUS_SYMBOLS: Readonly<Record<string, ReadonlyArray<{ currency: string; cues: readonly string[] }>>> = {
  '¥': [{ currency: 'CNY', cues: ['yuan', 'renminbi', 'rmb', '元', 'yuanes', 'yuans', 'çin', 'china', 'chinese', 'chinois', 'chinesische', 'chino', 'chinees', 'الصين', 'اليوان'] }],
  kr: [
    { currency: 'NOK', cues: ['norway', 'norwegian', 'norwegen', 'norvège', 'noruega', 'noorwegen', 'norveç', 'النرويج', 'nok'] },
    { currency: 'DKK', cues: ['denmark', 'danish', 'dänemark', 'danemark', 'dinamarca', 'denemarken', 'danimarka', 'الدنمارك', 'dkk'] },
  ],
};
