/**
 * Words that end company names in news of every language kg reads, because the names are
 * written in English or carry a foreign legal form ("Boltway Systems" in a Dutch article,
 * "Acme GmbH" in a Turkish one). Each Latin-script pack adds them to its own suffixes.
 */
export const INTERNATIONAL_ORG_SUFFIXES: readonly string[] = [
  // English corporate words
  'AI', 'Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Incorporated', 'Co.', 'Ltd', 'Ltd.', 'Limited', 'LLC', 'LP', 'LLP', 'PLC', 'plc',
  'Labs', 'Group', 'Holding', 'Holdings', 'Technologies', 'Systems', 'Capital', 'Ventures', 'Partners', 'Associates', 'Bank', 'Motors',
  'Airlines', 'Airways', 'Robotics', 'Foods', 'Therapeutics', 'Pharmaceuticals', 'Pharma', 'Networks', 'Semiconductor', 'Semiconductors',
  'Industries', 'Solutions', 'Logistics', 'Investments', 'Biotech', 'Biosciences', 'Electronics', 'Aerospace', 'Microsystems', 'Enterprises',
  // fund and asset managers: "Bain Capital Private Equity", "Gilde Equity Management", "European Innovation Council Fund"
  'Equity', 'Management', 'Fund',
  // legal forms
  'AG', 'SA', 'S.A.', 'SE', 'NV', 'N.V.', 'BV', 'B.V.', 'GmbH', 'SpA', 'S.p.A.', 'SAS', 'SARL', 'SL', 'S.L.', 'A.Ş.', 'AŞ', 'KGaA', 'AB', 'ASA', 'Oyj',
];

/** Legal forms of companies from abroad that news in any language carries ("Acme Corp", "Boltway GmbH", "Quillon S.A."). */
export const INTERNATIONAL_LEGAL_FORMS: readonly string[] = [
  'Inc', 'Inc.', 'Corp', 'Corp.', 'Ltd', 'Ltd.', 'LLC', 'PLC', 'plc', 'AG', 'SE', 'SA', 'S.A.', 'NV', 'N.V.', 'BV', 'B.V.', 'GmbH', 'SpA', 'S.p.A.', 'SAS', 'AB', 'ASA', 'Oyj',
];

/** A pack's own legal forms followed by the international ones it does not list. */
export function withInternationalLegalForms(own: readonly string[]): string[] {
  return [...own, ...INTERNATIONAL_LEGAL_FORMS.filter((s) => !own.includes(s))];
}

/** A pack's own suffixes followed by the international ones it does not list. */
export function withInternationalSuffixes(own: readonly string[]): string[] {
  return [...own, ...INTERNATIONAL_ORG_SUFFIXES.filter((s) => !own.includes(s))];
}
