/** Language tags as given by users and datasets ("de", "DE", "de-DE", "pt_BR") reduced to the primary subtag. */
export function normaliseLangTag(tag: string): string {
  return tag.trim().split(/[-_]/)[0].toLowerCase();
}
