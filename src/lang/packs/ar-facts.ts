/** Arabic claim-status and time words (see ClaimStatusWords, TimeWords in ../types.ts). */
import type { ClaimStatusWords, TimeWords } from '../types.js';

export const arClaimStatus: ClaimStatusWords = {
  negators: ['لم', 'لن', 'لا', 'ليس', 'ليست', 'ما زالت لم'],
  negativeSuffixes: [],
  denials: ['نفت', 'نفى', 'تنفي', 'ينفي', 'نفي', 'أنكرت', 'أنكر', 'دحضت', 'ألغت', 'ألغى', 'تراجعت عن', 'لا خطط'],
  // "قد" before an imperfect verb (يستثمر, تستحوذ) is "may"; before a perfect (قد استحوذت) it affirms.
  modals: ['قد ي*', 'قد ت*', 'قد ن*', 'ربما', 'يمكن أن', 'من المحتمل', 'محتمل', 'محتملة', 'المحتمل', 'المحتملة'],
  modalSuffixes: [],
  conditionalSuffixes: [],
  conditionals: ['إذا', 'اذا', 'لو', 'في حال'],
  talks: ['محادثات', 'مفاوضات', 'تتفاوض', 'يتفاوض', 'تدرس', 'يدرس', 'شائعات', 'إشاعات', 'بحسب مصادر', 'وفقا لمصادر', 'وفقاً لمصادر'],
  plans: ['تعتزم', 'يعتزم', 'تخطط', 'يخطط', 'تنوي', 'ينوي', 'تسعى', 'يسعى'],
  exceptions: ['قد تم', 'ليس فقط', 'لم يتم الكشف', 'لم يكشف', 'لم تكشف', 'لم يفصح', 'لم تفصح', 'لم يعلن عن قيمة'],
  clauseBreaks: ['لكن', 'ولكن', 'بينما', 'رغم', 'بعد أن', 'قبل أن', 'لأن'],
};

export const arTime: TimeWords = {
  relativeYears: { 'هذا العام': 0, 'العام الحالي': 0, 'العام الجاري': 0, 'هذه السنة': 0, 'العام المقبل': 1, 'العام القادم': 1, 'السنة المقبلة': 1, 'السنة القادمة': 1, 'العام الماضي': -1, 'السنة الماضية': -1 },
  pastSpending: ['أنفقت', 'أنفق', 'بلغت', 'بلغ', 'وصلت'],
};
