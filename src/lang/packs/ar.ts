/**
 * Arabic. No capital letters, so names come from the gazetteer, cues ("شركة X") and given
 * names; proclitics (و ف ب ل ك ال لل) are stripped before matching.
 */
import type { LanguagePack } from '../types.js';
import { arClaimStatus, arTime } from './ar-facts.js';

export const ar: LanguagePack = {
  code: 'ar',
  name: 'Arabic',
  script: 'arabic',
  wordOrder: 'VSO',
  capitalisesNouns: false,
  numbers: {
    decimal: '.',
    scales: { مليار: 1e9, مليارات: 1e9, بليون: 1e9, مليون: 1e6, ملايين: 1e6, تريليون: 1e12, ألف: 1e3, آلاف: 1e3, كوادريليون: 1e15 },
    words: { واحد: 1, اثنان: 2, ثلاثة: 3, أربعة: 4, خمسة: 5, ستة: 6, سبعة: 7, ثمانية: 8, تسعة: 9, عشرة: 10, عشرين: 20, ثلاثين: 30, خمسين: 50, مئة: 100, مائة: 100 },
    currencies: { 'دولار أسترالي': 'AUD', 'دولار استرالي': 'AUD', 'دولار كندي': 'CAD', دولار: 'USD', دولارا: 'USD', دولارات: 'USD', 'الدولارات': 'USD', 'دولار أمريكي': 'USD', $: 'USD', يورو: 'EUR', '€': 'EUR', 'جنيه إسترليني': 'GBP', 'ريال سعودي': 'SAR', ريال: 'SAR', درهم: 'AED', 'جنيه مصري': 'EGP', جنيه: 'EGP', 'ليرة تركية': 'TRY' },
    rangeOpen: ['ما بين', 'بين', 'من'],
    rangeJoin: ['إلى', 'الى', 'و', 'حتى'],
    rangeClose: [],
    approx: ['حوالي', 'نحو', 'قرابة', 'تقريبا', 'ما يقارب', 'زهاء'],
    moreThan: ['أكثر من', 'اكثر من', 'ما يزيد عن', 'ما يزيد على', 'يزيد على', 'فوق'],
    upTo: ['حتى', 'ما يصل إلى', 'يصل إلى'],
    percentAfter: ['بالمئة', 'بالمائة', 'في المئة', 'في المائة'],
    percentBefore: [],
    yearCues: ['عام', 'لعام', 'خلال عام', 'في عام', 'العام', 'سنة', 'في', 'بحلول'],
    revenueCues: ['إيرادات', 'الإيرادات', 'مبيعات', 'المبيعات', 'عائدات'],
    perShare: ['للسهم', 'للسهم الواحد', 'لكل سهم', 'للسهم الواحد'],
    powerUnits: { غيغاواط: 1e9, جيجاوات: 1e9, جيجاواط: 1e9, غيغاوات: 1e9, ميغاواط: 1e6, ميجاوات: 1e6, ميجاواط: 1e6, ميغاوات: 1e6 },
    fractions: { نصف: 0.5 },
  },
  entities: {
    companyNouns: ['شركة', 'نادي', 'لنادي', 'بنادي', 'لشركة', 'مجموعة', 'شركتها الفرعية', 'شركته الفرعية', 'شركتها التابعة', 'شركته التابعة', 'شركته', 'شركتها', 'شركتهم', 'مجموعته', 'مجموعتها', 'صحيفة', 'وكالة', 'وكالة أنباء'],
    companyHeads: [],
    determiners: ['«', '"', '“'],
    orgSuffixes: ['AI', 'Inc', 'Inc.', 'Corp', 'Corp.', 'Ltd', 'LLC', 'PLC', 'Labs', 'Group', 'Holding', 'Holdings', 'Systems', 'Technologies', 'Capital', 'Ventures', 'Partners', 'Bank', 'Robotics', 'Airlines', 'Airways', 'AG', 'SA', 'SE', 'GmbH'],
    legalForms: ['ش.م.ع', 'ش.م.ع.', 'ش.م.م', 'ش.م.ب', 'ش.م.ك', 'ذ.م.م', 'ش.ذ.م.م'],
    personTitles: ['الكابتن', 'كابتن', 'الحاكم', 'حاكم', 'الوزير', 'وزير', 'الوزيرة', 'محافظ', 'المحافظ', 'عمدة', 'السيد', 'السيدة', 'الملياردير', 'رجل الأعمال', 'الدكتور', 'الدكتورة', 'الرئيس', 'المهندس', 'المهندسة', 'الشيخ', 'الأمير'],
    descriptionPrefixes: ['لل'],
    nameHeads: ['بنك', 'مصرف', 'مؤسسة', 'صندوق', 'هيئة'],
    // Forms of address and descriptions of a person before the name ("رجل الأعمال محمد العبار", "الملياردير").
    honorifics: ['السيد', 'السيدة', 'رجل الأعمال', 'سيدة الأعمال', 'رائد الأعمال', 'الملياردير', 'المليونير', 'المهندس', 'الدكتور', 'المستثمر'],
    patronymics: ['بن', 'بنت', 'ابن'],
    compoundNameOpeners: ['عبد'],
    nounEndings: [],
    commonNounSuffixes: [],
    postnominalAdjectiveEndings: [],
    stopwords: ['مقابل', 'جديدا', 'جديداً', 'جديد', 'جديدة', 'الجديد', 'الجديدة', 'لها', 'له', 'اعتبارا', 'اعتباراً', 'يوم', 'ويوم', 'أمس', 'اليوم', 'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'في', 'من', 'إلى', 'الى', 'على', 'وعلى', 'علي', 'عن', 'مع', 'أن', 'إن', 'ان', 'التي', 'الذي', 'الذين', 'هذا', 'هذه', 'ذلك', 'تلك', 'هو', 'هي', 'هم', 'كان', 'كانت', 'قد', 'وقد', 'لقد', 'ما', 'لا', 'لم', 'لن', 'بين', 'مثل', 'عبر', 'خلال', 'بعد', 'قبل', 'حتى', 'أو', 'ثم', 'كما', 'أيضا', 'أيضًا', 'عام', 'الذكاء', 'الاصطناعي', 'الصناعي', 'التكنولوجيا', 'الشركة', 'شركة', 'أعلن', 'أعلنت', 'أكد', 'أضاف', 'قال', 'قالت', 'بيان', 'نموذج', 'منصة', 'التابعة', 'التابع', 'المملوكة', 'مليار', 'مليون', 'دولار', 'الرئيس', 'رئيس', 'نائب', 'مساعد', 'التنفيذي', 'إدارة', 'مشروع', 'اقرأ', 'تعمل', 'وسط', 'ضد',
      // adjectives that follow a company noun and name nothing ("شركة عربية", "شركة ناشئة")
      'عربية', 'أجنبية', 'محلية', 'عالمية', 'رائدة', 'رائد', 'كبرى', 'ناشئة', 'جديدة', 'خاصة', 'حكومية', 'مدرجة', 'متخصصة', 'المتخصصة',
      // nationality adjectives after a company noun ("شركة إيطالية", "الشركة الإيطالية X")
      'أمريكية', 'أميركية', 'إيطالية', 'فرنسية', 'ألمانية', 'بريطانية', 'يابانية', 'صينية', 'هندية', 'كورية', 'إسبانية', 'سويسرية', 'هولندية', 'أوروبية', 'آسيوية', 'خليجية', 'مغربية', 'مصرية', 'إماراتية', 'كويتية', 'قطرية', 'سودانية',
      // stake nouns end a name ("شركة نوراتك حصتها")
      'حصة', 'حصتها', 'حصته', 'حصص',
      // objects and complements of business verbs that follow the subject's name ("وقعت شركة X اتفاقية", "ضخت شركة X استثمارات")
      'اتفاقية', 'اتفاقيات', 'اتفاق', 'اتفاقا', 'مذكرة', 'عقد', 'عقدا', 'عقود', 'صفقة', 'صفقات', 'مشروعا', 'مشترك', 'مشتركا', 'مشتركة', 'استثمار', 'استثمارات', 'استثمارا', 'تمويل', 'تمويلا', 'جولة', 'بقيادة', 'بالكامل', 'بنسبة', 'نسبة', 'بقيمة', 'قيمة', 'لصالح', 'المنافس', 'منافس', 'المنافسة', 'منافسة', 'الأبرز', 'الرئيسي', 'الرئيسية', 'رقائق', 'شرائح', 'طائرات', 'طلبية', 'طلبيات', 'منتجات', 'منتج', 'خدمات', 'ضخ', 'إقامة', 'بناء', 'إنشاء', 'مصنع', 'مصنعا', 'الأم', 'شراكة', 'تحالف', 'تعاون', 'موظفين', 'الموظفين', 'مليارات', 'ملايين', 'أكبر', 'حاليا', 'رسميا', 'اليوم', 'أمس', 'تعيين', 'إقالة', 'الشريك', 'شريك', 'أنها', 'أنه', 'استثمارها', 'استثماره', 'إنفاق', 'بأنها', 'بأنه', 'محادثات', 'مفاوضات', 'الاستراتيجي', 'الاستراتيجية', 'استراتيجية', 'مذكرة', 'توريد', 'طلبية'],
    productNouns: ['نموذج', 'منصة', 'تطبيق', 'روبوت الدردشة', 'رقاقة', 'دواء', 'الدواء', 'علاج', 'لقاح', 'طائرة', 'برنامج'],
    seatPhrases: [],
    productNounsAfterName: [],
    namingWords: ['المسمى', 'المسماة', 'باسم', 'يدعى', 'تدعى'],
    brandNouns: ['العلامات التجارية', 'علامات تجارية', 'علاماتها التجارية', 'علامات'],
    labNouns: ['مختبر', 'معمل', 'وحدة', 'قسم'],
    labTopics: { 'الذكاء الفائق': 'Superintelligence', 'الذكاء الخارق': 'Superintelligence', 'الذكاء العام': 'AGI', 'ذكاء فائق': 'Superintelligence', 'ذكاء خارق': 'Superintelligence', 'ذكاء عام': 'AGI', 'الروبوتات': 'Robotics', 'روبوتات': 'Robotics' },
    personPronouns: ['هو'],
    personMarkers: [],
    roleAs: [],
    nameHomographs: ['علي'],
    familyMarkers: ['آل'],
    countWords: ['اثنان', 'اثنين', 'ثلاث', 'ثلاثة', 'أربع', 'أربعة', 'خمس', 'خمسة', 'ست', 'ستة', 'سبع', 'سبعة', 'ثماني', 'ثمانية', 'تسع', 'تسعة', 'عشر', 'عشرة'],
    orgAnaphors: ['الشركة', 'للشركة', 'العملاق'],
    latterAnaphors: ['الأخيرة', 'الاخيرة'],
    personAnaphors: ['رجل الأعمال', 'الملياردير'],
    familyNameEndings: ['ي', 'ى'],
    facilityNouns: { 'مركز بيانات': 'data center', 'مركز البيانات': 'data center', 'مركزا للبيانات': 'data center', 'مركز للبيانات': 'data center', مصنع: 'factory', مصنعا: 'factory', مصانع: 'factory', 'مراكز بيانات': 'data center', 'مراكز البيانات': 'data center', 'مراكز للبيانات': 'data center', 'مصنع رقائق': 'chip factory', 'مصنع أشباه الموصلات': 'chip factory', 'مصنعا لأشباه الموصلات': 'chip factory', 'مصنع لأشباه الموصلات': 'chip factory', 'مصنعا للرقائق': 'chip factory', 'مصنع للرقائق': 'chip factory', 'مصنع سيارات': 'factory', 'مصنعا للسيارات': 'factory', 'مصنع بطاريات': 'factory', 'مصنعا للبطاريات': 'factory' },
    placePreps: [],
    originPreps: [],
  },
  morphology: {
    inflection: {
      // تستثمر/يستثمر/استثمرت; Arabic roots need pattern morphology: forms the rules miss are listed
      // هما: the dual's pronoun ("استحواذهما", their acquisition, of two companies).
      suffixes: { ون: '', ين: '', ات: '', وا: '', ان: '', ها: '', هم: '', هما: '', ت: '', ه: '' },
      prefixes: ['سي', 'ست', 'لي', 'لت', 'ي', 'ت', 'ن', 'ا'],
      prefixNeedsSuffix: false,
      minStem: 3,
      rounds: 1,
      invariable: ['قال', 'قالت', 'قالوا'],
      irregular: {},
    },
    dropAnySuffixAfterApostrophe: false,
    genitiveSuffixes: [],
    nounCaseEndings: [],
    definiteArticle: 'ال',
    proclitics: ['وال', 'بال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل', 'ك', 'لـ', 'بـ', 'و'],
    dativeSuffixes: [],
    originEndings: ['ية', 'ي'],
    adverbialEndings: ['اً', 'ًا'],
    subjectlessVerbEndings: [],
    ablativeCase: [],
    genitiveCase: [],
    elisions: {},
  },
  verbSecond: false,
  nullSubjects: true,
  verbFinalClauses: false,
  titleModifiers: ['نائب', 'مساعد', 'السابق', 'سابق'],
  titles: [
    { forms: ['الرئيس التنفيذي', 'المدير التنفيذي', 'رئيس تنفيذي', 'الرئيسة التنفيذية', 'رئيسة تنفيذية', 'رئيسا تنفيذيا', 'رئيساً تنفيذياً', 'الرئيس التنفيذي للشركة', 'المدير العام', 'مدير عام', 'مديرا عاما', 'رئيسها التنفيذي', 'رئيسه التنفيذي', 'رئيستها التنفيذية', 'الرئيس التنفيذي للمجموعة', 'الرئيس التنفيذي والعضو المنتدب'], relation: 'CEO_OF' },
    // Not "مؤسسة" alone: it is the word for an institution too ("اختارت المؤسسة محمد هادي الحسيني", the corporation chose …).
    { forms: ['مؤسس', 'المؤسس', 'الشريك المؤسس', 'أحد مؤسسي', 'مؤسسي', 'المؤسس المشارك', 'مؤسس مشارك', 'مؤسسها', 'مؤسسه', 'مؤسسو', 'المؤسسين', 'المؤسسة المشاركة', 'الشريكة المؤسسة', 'شريك مؤسس'], relation: 'FOUNDED' },
    { forms: ['عضو مجلس إدارة', 'عضو مجلس الإدارة', 'عضو مجلس الادارة', 'عضو في مجلس إدارة', 'عضو في مجلس الإدارة', 'عضوا في مجلس إدارة', 'عضوا في مجلس الإدارة', 'رئيسا لمجلس إدارة', 'رئيسا لمجلس الإدارة', 'عضو مجلس الأمناء', 'رئيس مجلس الأمناء'], relation: 'BOARD_MEMBER_OF' },
    // Executive chairs sit on the board and work for the company (TitleEntry.chair).
    { forms: ['رئيس مجلس إدارة', 'رئيس مجلس الإدارة', 'رئيس مجلس الادارة', 'رئيسة مجلس الإدارة', 'رئيسة مجلس إدارة'], relation: 'BOARD_MEMBER_OF', chair: true },
    { forms: ['المدير المالي', 'الرئيس المالي', 'المدير المالي التنفيذي', 'الرئيس التنفيذي للشؤون المالية', 'الرئيس التنفيذي للمالية', 'مدير الشؤون المالية', 'الرئيسة المالية'], relation: 'WORKS_FOR', title: 'Chief Financial Officer' },
    { forms: ['المدير التقني', 'مدير التكنولوجيا', 'الرئيس التنفيذي للتكنولوجيا', 'الرئيس التنفيذي للتقنية', 'كبير مسؤولي التكنولوجيا', 'كبير مسؤولي التقنية', 'الرئيس التقني'], relation: 'WORKS_FOR', title: 'Chief Technology Officer' },
    { forms: ['الرئيس التنفيذي للعمليات', 'مدير العمليات', 'الرئيس التنفيذي للتشغيل', 'مدير التشغيل', 'كبير مسؤولي العمليات'], relation: 'WORKS_FOR', title: 'Chief Operating Officer' },
    { forms: ['الرئيس التنفيذي للاستراتيجية', 'كبير مسؤولي الاستراتيجية'], relation: 'WORKS_FOR', title: 'Chief Strategy Officer' },
    { forms: ['الرئيس التنفيذي للتسويق', 'مدير التسويق', 'كبير مسؤولي التسويق'], relation: 'WORKS_FOR', title: 'Chief Marketing Officer' },
    { forms: ['كبير العلماء', 'كبيرة العلماء'], relation: 'WORKS_FOR', title: 'Chief Scientist' },
    { forms: ['العضو المنتدب', 'عضو منتدب'], relation: 'WORKS_FOR', title: 'Managing Director' },
    { forms: ['المستشار القانوني العام'], relation: 'WORKS_FOR', title: 'General Counsel' },
  ],
  interim: ['المؤقت', 'المؤقتة', 'مؤقت', 'مؤقتة', 'مؤقتا', 'مؤقتاً', 'بالإنابة', 'بالوكالة'],
  former: ['السابق', 'السابقة', 'سابق'],
  claimStatus: arClaimStatus,
  time: arTime,
  // Latin initials spelled in Arabic letters ("آر. سوبرامانياكومار", "جي. بي. مورغان") and abbreviated titles ("د." doctor,
  // "م." engineer): their period ends no sentence. Not "في" (in) nor "إن" (that), which read as words.
  abbreviations: ['آر', 'جي', 'جيه', 'إم', 'إس', 'إل', 'بي', 'تي', 'دي', 'إف', 'كيه', 'إيه', 'أيه', 'يو', 'سي', 'إتش', 'اتش', 'واي', 'زد', 'كيو', 'د', 'م', 'أ'],
  ordinalMonths: [],
  titleOrgPreps: ['ل', 'لـ', 'في'],
  titleFunctions: [],
  titlePossessiveSuffixes: [],
  titleHomographs: ['المؤسسة', 'مؤسسة', 'للمؤسسة', 'والمؤسسة', 'بالمؤسسة'],
  relations: {
    triggers: [
      { id: 'istathmar', relation: 'INVESTED_IN', forms: ['تستثمر', 'يستثمر', 'استثمرت', 'استثمر', 'استثمار*', 'الاستثمار', 'باستثمار', 'حصة', 'حصتها', 'حصته'], objectPreps: ['في', 'ب'], subject: 'before', subjectFromContext: true },
      // "A, B and C participated in the round": investors of the round the document reports.
      { id: 'join-round', relation: 'INVESTED_IN', forms: ['شارك', 'شاركت', 'يشارك', 'تشارك', 'قاد', 'قادت', 'تقود', 'يقود'], roundObject: true, subject: 'next' },
      { id: 'hadha-al-istithmar', relation: 'INVESTED_IN', forms: ['هذا الاستثمار', 'هذه الصفقة', 'الصفقة'], anaphoric: true },
      // "باعت أكمي شركة بولتواي إلى كيستريل": the buyer behind "إلى".
      { id: 'bayaa', relation: 'ACQUIRED', forms: ['باعت', 'باع', 'تبيع', 'يبيع', 'ستبيع', 'سيبيع'], objectPreps: ['إلى', 'الى', 'ل', 'لـ'], sale: true },
      { id: 'istihwadh', relation: 'ACQUIRED', forms: ['استحوذت', 'استحوذ', 'الاستحواذ', 'استحواذ', 'اشترت', 'اشترى'], objectPreps: ['على'], subject: 'next' },
      // "أعلنت X، أمس، شراء شركة Y": the verbal noun's buyer is who announced it, before it; what is bought follows.
      { id: 'shiraa', relation: 'ACQUIRED', forms: ['شراء'], subject: 'before', object: 'after' },
      { id: 'tabia', relation: 'OWNS', forms: ['التابعة', 'التابع', 'تابعة', 'تابع'], reversed: true, subject: 'before', subjectAdjacent: true, object: 'after', productRelation: 'DEVELOPS' },
      { id: 'mamlouka', relation: 'OWNS', forms: ['المملوكة', 'المملوك', 'مملوكة', 'مملوك'], reversed: true, subject: 'before', object: 'after' },
      // "أوضحت X أن شركتها الفرعية Y": the parent before, the subsidiary after.
      { id: 'far3ia', relation: 'OWNS', forms: ['شركتها الفرعية', 'شركته الفرعية', 'شركتها التابعة', 'شركته التابعة'], subject: 'before', object: 'after' },
      { id: 'malika', relation: 'OWNS', forms: ['مالكة', 'المالكة'], listObjects: true },
      { id: 'sharaka', relation: 'PARTNERS_WITH', forms: ['شراكة', 'الشراكة', 'بشراكة', 'شراكتها', 'تعاون', 'التعاون'], objectPreps: ['مع'], listObjects: true, subjectFromContext: true },
      { id: 'tahaluf', relation: 'PARTNERS_WITH', forms: ['تحالف', 'التحالف'], listObjects: true },
      { id: 'munafasa-maa', relation: 'COMPETES_WITH', forms: ['تتنافس', 'تنافس', 'ينافس', 'يتنافس'], subject: 'any', objectPreps: ['مع'], listObjects: true },
      { id: 'munafasa', relation: 'COMPETES_WITH', forms: ['المنافسة', 'منافسة', 'تنافس', 'تتنافس', 'ينافس', 'منافسين', 'منافسي', 'المنافسين', 'منافس', 'المنافس'], listObjects: true, subjectFromContext: true },
      { id: 'tatwir', relation: 'DEVELOPS', forms: ['تطوير*', 'تطويره', 'تطورها', 'طورت', 'طور'], object: 'before', subject: 'first' },
      { id: 'atlaqat', relation: 'DEVELOPS', forms: ['أطلقت', 'أطلق', 'طورت', 'تطلق'], subject: 'before' },
      { id: 'tazwid', relation: 'SUPPLIES', forms: ['تزود', 'ستزود', 'يزود', 'سيزود', 'زودت', 'زود', 'تورد', 'ستورد', 'يورد'], subject: 'next' },
      { id: 'qadiman', relation: 'LEFT', forms: ['قادما من', 'قادمة من', 'قادماً من'], subject: 'before' },
      { id: 'mughadara', relation: 'LEFT', forms: ['مغادرة', 'استقالة'], subject: 'next' },
      { id: 'indamma', relation: 'JOINED', forms: ['انضم', 'انضمت', 'ينضم', 'انضمام'], objectPreps: ['إلى', 'الى', 'ل'], subject: 'any' },
      { id: 'ghadara', relation: 'LEFT', forms: ['غادر', 'غادرت', 'استقال', 'استقالت', 'رحيل'], objectPreps: [], subject: 'any' },
      { id: 'assasa', relation: 'FOUNDED', forms: ['أسس', 'أسست', 'شارك في تأسيس'], subject: 'next' },
      // Verb-first: "استثمرت شركة X 100 مليون دولار في شركة Y", the investor right after the verb.
      { id: 'istathmarat-next', relation: 'INVESTED_IN', forms: ['استثمرت', 'استثمر', 'تستثمر', 'يستثمر', 'ستستثمر', 'سيستثمر'], objectPreps: ['في', 'ب'], subject: 'next' },
      // Verb-first, transitive: "تنافس شركة X شركة Y في سوق …".
      { id: 'tunafis-next', relation: 'COMPETES_WITH', forms: ['تنافس', 'ينافس', 'تنافست', 'نافست', 'نافس'], subject: 'next' },
      // "X، المستثمر في Y", "أكبر مساهم في Y": investors and shareholders.
      { id: 'musahim', relation: 'INVESTED_IN', forms: ['مستثمر', 'المستثمر', 'مستثمرا', 'مستثمرة', 'مساهم', 'المساهم', 'مساهما', 'أكبر مساهم', 'المساهم الأكبر', 'مساهمين', 'المساهمين'], objectPreps: ['في'], subject: 'before' },
      // "جولة تمويل بقيادة X": the round's lead investor after, the funded company before.
      { id: 'biqiyadat', relation: 'INVESTED_IN', forms: ['بقيادة', 'قادتها', 'تقودها', 'قادها'], reversed: true, subject: 'before', object: 'after' },
      // "جمعت شركة Y 50 مليون دولار من X", "تلقت Y تمويلا من X": the funded company right after the verb, the investor after "من".
      { id: 'jamaat', relation: 'INVESTED_IN', forms: ['جمعت', 'جمع', 'تجمع', 'ستجمع', 'تلقت', 'تلقى'], reversed: true, subject: 'next', objectPreps: ['من'] },
      // "حصلت Y على تمويل بقيمة … من X", "بتمويل من X": funding from the investor.
      { id: 'tamwil', relation: 'INVESTED_IN', forms: ['تمويل', 'تمويلا', 'تمويلات', 'تمويلية', 'تمويلي'], reversed: true, subject: 'before', objectPreps: ['من'] },
      // "ضخت X 100 مليون دولار في Y": pumping money into a company.
      { id: 'dakh', relation: 'INVESTED_IN', forms: ['ضخت', 'ضخ', 'تضخ', 'ستضخ', 'يضخ', 'سيضخ'], objectPreps: ['في'], subject: 'next' },
      // "اشترت شركة X شركة Y": buying without "على" (a share when a percentage stands between).
      { id: 'ishtarat', relation: 'ACQUIRED', forms: ['اشترت', 'اشترى', 'تشتري', 'يشتري', 'ستشتري', 'سيشتري', 'اشترتها', 'اشتراها'], subject: 'next' },
      // "الاستيلاء على Y", "صفقة الاستحواذ على Y": taking over.
      { id: 'istila', relation: 'ACQUIRED', forms: ['الاستيلاء', 'استولت', 'استولى', 'تستحوذ', 'ستستحوذ', 'يستحوذ', 'سيستحوذ'], objectPreps: ['على'], subject: 'next' },
      // "تمتلك شركة X شركة Y": owning (a share when a percentage stands between); "تملك" opens relative clauses ("التي تملك أسهمها العائلة"), not listed.
      { id: 'tamtalik', relation: 'OWNS', forms: ['تمتلك', 'يمتلك', 'امتلكت', 'امتلك'], subject: 'next' },
      // "ويملك X 40% في Y": a holding verb with a percentage states a share.
      { id: 'holds-share', relation: 'OWNS', forms: ['يملك', 'تملك', 'يمتلك', 'تمتلك', 'يسيطر على', 'تسيطر على'], subject: 'next', objectPreps: ['في', 'من'], shareOnly: true },
      // "Y، إحدى شركات مجموعة X", "Y تحت مظلة X", "ذراع X": the owned company before, the parent after.
      { id: 'ihda-sharikat', relation: 'OWNS', forms: ['إحدى شركات', 'احدى شركات', 'أحد شركات', 'إحدى الشركات التابعة', 'تحت مظلة', 'ضمن مجموعة', 'ذراع', 'الذراع'], reversed: true, productRelation: 'DEVELOPS', subject: 'before', object: 'after' },
      // "X، الشركة الأم لـ Y", "الشركة القابضة لشركة Y": the parent before, the owned after "لـ".
      { id: 'al-umm', relation: 'OWNS', forms: ['الشركة الأم', 'الشركة الام', 'الشركة القابضة', 'المالك', 'مالك', 'المالكة'], subject: 'before', object: 'after' },
      // "Y وشركتها الأم X": the owned before, the parent after.
      { id: 'sharikatuha-al-umm', relation: 'OWNS', forms: ['شركتها الأم', 'شركته الأم', 'مالكتها', 'مالكها'], reversed: true, subject: 'before', object: 'after' },
      // "Y، الشركة الفرعية لـ X", "وحدة تابعة لـ X".
      { id: 'far3ia-li', relation: 'OWNS', forms: ['الشركة الفرعية', 'شركة فرعية', 'وحدة تابعة', 'الوحدة التابعة', 'فرع', 'الفرع'], reversed: true, subject: 'before', object: 'after' },
      // "وقعت شركة X اتفاقية مع شركة Y", "مذكرة تفاهم", "مشروع مشترك": agreements and joint ventures.
      { id: 'ittifaqiya', relation: 'PARTNERS_WITH', forms: ['اتفاقية', 'اتفاقيات', 'اتفاق', 'اتفاقا', 'اتفقت', 'اتفق', 'مذكرة تفاهم', 'مشروع مشترك', 'مشروعا مشتركا', 'المشروع المشترك', 'شركة مشتركة', 'تعاونت', 'يتعاون', 'تحالفت', 'وقعت', 'وقع', 'أبرمت', 'أبرم', 'تبرم', 'تشاركت', 'شراكة استراتيجية'], objectPreps: ['مع', 'بين'], listObjects: true, subject: 'any', confidence: 0.7 },
      // "X، الشريك الاستراتيجي لـ Y".
      { id: 'sharik', relation: 'PARTNERS_WITH', forms: ['شريك', 'شريكا', 'الشريك', 'شريكة', 'شركاء'], subject: 'before', confidence: 0.7 },
      // "غريمتها X", "X المنافس الأبرز لـ Y" (a possessive "منافستها" leaves its owner unclear: not listed).
      { id: 'gharim', relation: 'COMPETES_WITH', forms: ['غريم', 'الغريم', 'غريمتها', 'غريمها', 'المنافس الأبرز', 'المنافس الرئيسي', 'المنافسة لها'], listObjects: true, subject: 'before' },
      // "وقعت X عقدا لتوريد رقائق إلى Y", "X، المورد الرئيسي لـ Y".
      { id: 'tawrid', relation: 'SUPPLIES', forms: ['توريد', 'مورد', 'المورد', 'موردا', 'موردة', 'المورد الرئيسي'], objectPreps: ['إلى', 'الى', 'ل', 'لـ'], subject: 'before' },
      // "تلقت X طلبية من Y", "فازت X بعقد من Y": the supplier takes an order from the customer.
      { id: 'talabiya', relation: 'SUPPLIES', forms: ['طلبية', 'طلبيات', 'طلب شراء', 'طلبات شراء'], objectPreps: ['من'], subject: 'before' },
      // "أطلقت شركة X نموذج Y", "كشفت X عن Y", "تصنع X": the maker right after the verb.
      { id: 'atlaqat-next', relation: 'DEVELOPS', forms: ['أطلقت', 'أطلق', 'تطلق', 'ستطلق', 'يطلق', 'كشفت', 'كشف', 'تكشف', 'طرحت', 'تطرح', 'ستطرح', 'تصنع', 'صنعت', 'يصنع', 'تنتج', 'أنتجت', 'ينتج', 'تطور', 'يطور', 'ستطور'], subject: 'next' },
      // "نموذج Y الذي طورته شركة X", "Y من تطوير X": the product before, the maker after.
      { id: 'min-tatwir', relation: 'DEVELOPS', forms: ['الذي طورته', 'التي طورتها', 'الذي أطلقته', 'التي أطلقتها', 'من تطوير', 'من إنتاج', 'من صنع', 'المطور من قبل'], reversed: true, subject: 'before', object: 'after' },
      // "التحق فلان بشركة X", "انتقل فلان إلى X": joining.
      { id: 'iltahaqa', relation: 'JOINED', forms: ['التحق', 'التحقت', 'يلتحق', 'التحاق', 'انتقل', 'انتقلت', 'ينتقل', 'سينتقل'], subject: 'any' },
      // "عينت شركة X فلانا رئيسا تنفيذيا", "أعلنت X تعيين فلان": the employer right after the verb or before the noun.
      { id: 'ayyanat', relation: 'JOINED', forms: ['عينت', 'عين', 'تعيين', 'بتعيين', 'تعين', 'وظفت', 'توظيف'], reversed: true, subject: 'next' },
      // "تنحى فلان عن منصبه في X", "ترك فلان شركة X": stepping down, leaving.
      { id: 'tanahha', relation: 'LEFT', forms: ['تنحى', 'تتنحى', 'يتنحى', 'سيتنحى', 'تنحي', 'ترك', 'تركت', 'يترك', 'سيترك', 'أقيل', 'أقيلت', 'تقاعد', 'يتقاعد', 'التنازل عن منصبه', 'التنازل عن منصبها', 'التخلي عن منصبه', 'التخلي عن منصبها', 'تنحيه', 'تنحيها'], subject: 'any' },
      // "أقالت شركة X فلانا", "أعلنت X إقالة فلان": dismissal, the company right after the verb.
      { id: 'aqalat', relation: 'LEFT', forms: ['أقالت', 'أقال', 'تقيل', 'إقالة', 'عزل'], reversed: true, subject: 'next' },
      // "تأسست شركة X على يد فلان", "شركة X التي أسسها فلان": the company before, the founder after.
      { id: 'ala-yad', relation: 'FOUNDED', forms: ['على يد', 'التي أسسها', 'التي أسسته', 'التي أسستها', 'الذي أسسه', 'التي شارك في تأسيسها', 'التي شاركت في تأسيسها'], reversed: true, subject: 'before', object: 'after' },
    ],
    listJoiners: ['و'],
    passiveAgents: ['من قبل', 'من طرف'],
    passiveAuxiliaries: ['تم', 'تمت'],
    perfectAuxiliaries: [],
    complementisers: ['أن', 'إن', 'بأن'],
    // Arabic object relatives keep a resumptive pronoun on the verb ("التي استحوذت عليها"): not yet read.
    relativePronouns: [],
    objectPronounSuffixes: ['ها', 'ه'],
    affiliationPreps: [],
    betweenPreps: ['بين', 'ما بين'],
    examples: ['مثل', 'منها', 'ومنها'],
    stakeNouns: ['حصة', 'حصتها', 'حصته', 'حصتهم', 'بحصة', 'الحصة', 'أسهم', 'الأسهم', 'حصص', 'اسهم'],
    participationPhrases: ['بمشاركة', 'وبمشاركة', 'إلى جانب', 'الى جانب'],
    roundNouns: ['جولة', 'جولة تمويل', 'جولة التمويل', 'الجولة', 'الصفقة'],
    roundTargetPreps: ['في', 'ل', 'لـ'],
    verbFinalTails: [],
    valuationCues: ['تقييم', 'بتقييم', 'قيمتها', 'القيمة السوقية', 'تقدر قيمتها', 'تقدر', 'يقدر', 'قدرت', 'تقدر قيمة'],
    spendingTriggers: ['تخصيص', 'الإنفاق', 'إنفاق', 'ميزانية', 'بميزانية', 'النفقات', 'الرأسمالي', 'الرأسمالية', 'تنفق', 'ستنفق', 'ينفق', 'سينفق', 'ضخ', 'تضخ', 'ستضخ', 'رصدت', 'رصد', 'ترصد', 'خصصت', 'تخصص', 'ستخصص', 'يخصص', 'تعتزم استثمار', 'تخطط لاستثمار', 'ستستثمر', 'سيستثمر', 'خطة استثمارية', 'استثمارات مخططة'],
    estimateCues: ['المحللون', 'المحللين', 'محللون', 'تقديرات'],
    spendingTopics: { 'الذكاء الاصطناعي': 'Artificial intelligence', 'البنية التحتية': 'Infrastructure', 'الإنفاق الرأسمالي': 'Capital expenditure', 'مراكز البيانات': 'Data centres' },
    investmentNouns: ['استثمار', 'استثمارات', 'باستثمار', 'استثمارا'],
    suppliedGoods: ['gpu', 'وحدة معالجة', 'وحدات معالجة', 'معالجات', 'رقائق', 'شرائح', 'خدمات'],
    supplierPreps: ['من', 'لدى'],
    productFromPreps: ['من'],
    topicPhrases: ['بشأن', 'فيما يتعلق ب', 'فيما يخص'],
    comitativePreps: ['بالشراكة مع', 'بالتعاون مع', 'إلى جانب'],
    leaderPhrases: ['مجموعة يقودها', 'مجموعة تقودها', 'مجموعة استثمارية يقودها', 'مجموعة استثمارية تقودها', 'تحالف يقوده', 'تحالف تقوده', 'تحالف بقيادة', 'مجموعة بقيادة', 'كونسورتيوم يقوده', 'كونسورتيوم بقيادة'],
    stakeTargetPreps: ['إلى', 'الى'],
    fundingSourcePhrases: [],
    armPhrases: ['الذراع الاستثمارية ل', 'الذراع الاستثمارية لشركة'],
    remainderWords: ['المتبقية', 'المتبقي', 'الباقية', 'المتبقيه'],
    wholeStakeWords: ['كامل', 'كافة', 'جميع'],
    holderNouns: [],
    inclusionWords: [],
    orgSubjectPronouns: [],
    dativeSellerPreps: [],
    possessivePronouns: [],
    relativePossessives: [],
    ownedHeadNouns: ['منصة', 'تطبيق', 'شبكة', 'علامة'],
    buildVerbs: ['تبني', 'يبني', 'ستبني', 'سيبني', 'بناء', 'تشييد', 'إنشاء', 'تنشئ', 'ستنشئ', 'بنت', 'تشيد', 'أنشأت', 'أنشأ', 'ينشئ', 'سينشئ', 'إقامة', 'تقيم', 'ستقيم', 'يقيم', 'سيقيم', 'أقامت', 'افتتاح', 'افتتحت', 'تفتتح', 'ستفتتح', 'تدشين', 'دشنت', 'تدشن', 'ستدشن', 'توسعة', 'توسيع'],
    sourcePhrases: ['بحسب', 'حسب', 'وفقا ل', 'وفقا لـ', 'وفقاً ل', 'وفقاً لـ', 'نقلا عن', 'نقلاً عن'],
    sourcePostpositions: [],
    sellerPreps: ['من'],
    partitivePreps: ['من'],
    subsidiaryNouns: [],
  },
};
