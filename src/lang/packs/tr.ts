/** Turkish. Verb-final (SOV); case suffixes after an apostrophe on names ("OpenAI'a", "Meta'nın"). */
import type { LanguagePack } from '../types.js';
import { withInternationalLegalForms, withInternationalSuffixes } from './international.js';
import { trClaimStatus, trTime } from './tr-facts.js';

export const tr: LanguagePack = {
  code: 'tr',
  name: 'Turkish',
  script: 'latin',
  wordOrder: 'SOV',
  capitalisesNouns: false,
  numbers: {
    decimal: ',',
    scales: { milyar: 1e9, milyarlık: 1e9, mlr: 1e9, milyon: 1e6, milyonluk: 1e6, mln: 1e6, trilyon: 1e12, bin: 1e3, katrilyon: 1e15 },
    words: { bir: 1, iki: 2, üç: 3, dört: 4, beş: 5, altı: 6, yedi: 7, sekiz: 8, dokuz: 9, on: 10, yirmi: 20, otuz: 30, elli: 50, yüz: 100 },
    currencies: { 'dolar*': 'USD', 'abd doları': 'USD', $: 'USD', 'us$': 'USD', usd: 'USD', 'avro*': 'EUR', 'euro*': 'EUR', '€': 'EUR', 'türk lirası': 'TRY', 'lira*': 'TRY', tl: 'TRY', '₺': 'TRY', 'sterlin*': 'GBP', 'yuan*': 'CNY' },
    rangeOpen: [],
    rangeJoin: ['ila', 'ile', 've'],
    rangeClose: ['arasında', 'aralığında', 'aralığına', 'arası'],
    approx: ['yaklaşık', 'yaklaşık olarak', 'tahminen', 'civarında'],
    moreThan: ['üzerinde', 'üzerine', 'aşkın', 'fazla', 'en az'],
    upTo: ['kadar', 'en fazla'],
    percentAfter: [],
    percentBefore: ['yüzde'],
    yearCues: ['yılında', 'yılı', 'yılının', 'için', 'yılına'],
    revenueCues: ['ciro', 'cirosu', 'gelir', 'geliri', 'satışlar'],
    perShare: ['hisse başına', 'pay başına', 'lot başına'],
    powerUnits: { 'gigavat*': 1e9, gw: 1e9, 'megavat*': 1e6, mw: 1e6 },
    fractions: { yarım: 0.5, 'bir buçuk': 1.5 },
  },
  entities: {
    companyNouns: ['şirketi', 'şirket', 'girişimi', 'girişim', 'firması', 'firma', 'teknoloji devi', 'holdingi', 'bankası', 'yapay zeka şirketi', 'veri şirketi',
      // case forms ("Acme şirketini", "Acme firmasından"): cues are matched as written
      'şirketini', 'şirketinin', 'şirketine', 'şirketinden', 'şirketiyle', 'firmasını', 'firmasının', 'firmasına', 'firmasından', 'firmasıyla', 'girişimini', 'girişiminin', 'girişimine',
      // newspapers are organisations too ("Akşam gazetesini satın aldı")
      'gazetesi', 'gazetesini', 'gazetesinin', 'gazetesine', 'gazetesinden'],
    companyHeads: [],
    // Nationality adjectives before a company's name ("İtalyan UniCredit", "Alman Siemens") describe it; "Türk" opens names ("Türk Telekom").
    determiners: ['bir', 'bu', 'şu', 'yeni', 'amerikan', 'abd merkezli', 'çinli', 'alman', 'fransız', 'italyan', 'ingiliz', 'japon', 'koreli', 'güney koreli', 'hollandalı', 'ispanyol', 'isveçli', 'isviçreli', 'kanadalı', 'hintli', 'israilli', 'suudi', 'katarlı', 'kuveytli', 'emirlikli', 'avusturyalı', 'belçikalı', 'danimarkalı', 'norveçli', 'finlandiyalı', 'polonyalı', 'portekizli', 'brezilyalı', 'meksikalı', 'tayvanlı', 'avrupalı', 'azerbaycanlı', 'iranlı', 'mısırlı', 'rus', 'yunan', 'macar', 'romen', 'ukraynalı', 'kazak', 'özbek', 'singapurlu', 'endonezyalı', 'malezyalı', 'avustralyalı', 'lüksemburglu', 'irlandalı', 'ABD’li', "ABD'li", 'abdli'],
    orgSuffixes: withInternationalSuffixes(['AI', 'A.Ş.', 'AŞ', 'Holding', 'Inc', 'Inc.', 'Corp', 'Corp.', 'Ltd', 'Ltd.', 'Labs', 'Group', 'Grubu', 'Bankası', 'Technologies', 'Teknoloji', 'Capital', 'Robotics', 'Foods',
      // Sector words that end Turkish company names ("Oğuz Tekstil", "Anagold Madencilik", "Tat Gıda"): no person's surname.
      'Tekstil', 'Madencilik', 'Enerji', 'Gıda', 'İnşaat', 'Otomotiv', 'Sanayi', 'Ticaret', 'Yatırım', 'Yatırımları', 'Sigorta', 'Havayolları', 'Petrol', 'Kimya', 'Çimento', 'Elektrik', 'Turizm', 'Lojistik', 'İlaç', 'Medya', 'Yayıncılık', 'Perakende', 'Mağazacılık', 'Havacılık', 'Savunma', 'Telekom', 'İletişim', 'Finans', 'Faktoring', 'Gayrimenkul', 'Denizcilik', 'Ambalaj', 'Makina', 'Makine', 'Elektronik', 'Bilişim', 'Yazılım', 'Taşımacılık', 'Dağıtım', 'Pazarlama']),
    legalForms: withInternationalLegalForms(['A.Ş.', 'AŞ', 'A.S.', 'Ltd', 'Ltd.', 'Ltd. Şti.', 'Ltd. Şirketi', 'Limited Şirketi', 'Anonim Şirketi']),
    personTitles: ['vali', 'valisi', 'bakanı', 'başbakan', 'belediye başkanı', 'senatör', 'milletvekili', 'başkan', 'bay', 'bayan', 'sayın', 'dr', 'prof', 'milyarder', 'iş insanı', 'girişimci', 'bakan', 'cumhurbaşkanı'],
    descriptionPrefixes: [],
    nameHeads: [],
    honorifics: ['bay', 'bayan', 'sayın'],
    patronymics: [],
    compoundNameOpeners: [],
    nounEndings: [],
    commonNounSuffixes: [],
    postnominalAdjectiveEndings: [],
    stopwords: [
      // Loanwords that take the apostrophe of a name though they are common nouns ("startup'ın").
      'startup', 'start-up', 'fintech',
      // sentence adverbs, capitalised where they open a sentence
      'sonra', 'önce', 'ise', 'yandan', 'halen', 'hâlâ', 'göre', 
      'komitesi', 'komite', 'bu', 'şu', 'o', 've', 'ile', 'ya', 'veya', 'ama', 'fakat', 'ancak', 'için', 'gibi', 'daha', 'en', 'çok', 'her', 'hem', 'de', 'da', 'ki', 'ne', 'neden', 'nasıl', 'peki', 'yani', 'aslında', 'amaç', 'sektör', 'büyük', 'yeni', 'yapay', 'zeka', 'temel', 'açık', 'kaynak', 'toplam', 'milyar', 'milyon', 'dolar', 'dolarlık', 'yatırım', 'ceo', 'ai', 'abd', 'daha', 'özel', 'dev', 'bir', 'altyapı', 'veri', 'merkezi', 'pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi', 'pazar', 'ayrıca', 'dolayısıyla', 'böylece', 'nitekim', 'hatta', 'özellikle', 'yine', 'böylelikle', 'öte', 'bunun', 'bununla', 'buna', 'oysa', 'zira', 'üstelik', 'aynı', 'şimdi', 'bugün', 'dün', 'yarın', 'geçen', 'son', 'ilk', 'açıklamada', 'açıklamaya', 'habere', 'yerine'],
    productNouns: ['modeli', 'model', 'uygulaması', 'platformu', 'sohbet robotu', 'çipi', 'sohbet robot*', 'yapay zeka model*', 'dil model*', 'çipler*', 'işlemci*', 'ilacı', 'ilaç', 'aşısı', 'aşı', 'tedavisi', 'aracı', 'uçağı', 'yazılımı'],
    seatPhrases: ['merkezli', 'merkezi'],
    productNounsAfterName: [],
    namingWords: ['adlı', 'isimli', 'adını verdiği'],
    brandNouns: ['markaları', 'markalarını', 'markası', 'markasını', 'markalar'],
    labNouns: ['laboratuvarı', 'laboratuvar', 'araştırma laboratuvarı', 'lab', 'labı', 'birimi', 'araştırma birimi'],
    labTopics: { süper: 'Superintelligence', 'süper zeka': 'Superintelligence', 'süperzeka': 'Superintelligence', superintelligence: 'Superintelligence', 'yapay genel zeka': 'AGI', robotik: 'Robotics', 'yapay zeka': 'AI', 'yapay zekâ': 'AI' },
    personPronouns: ['o'],
    personMarkers: [],
    roleAs: [],
    nameHomographs: [],
    familyMarkers: [],
    countWords: ['iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz', 'on', 'on bir', 'on iki'],
    orgAnaphors: ['şirket', 'şirketin', 'şirketi', 'banka', 'bankanın', 'holding', 'holdingin'],
    latterAnaphors: ['sonuncusu', 'sonuncusunun'],
    personAnaphors: [],
    familyNameEndings: [],
    facilityNouns: { 'veri merkezi': 'data center', 'veri merkezini': 'data center', 'veri merkezine': 'data center', 'veri merkezinin': 'data center', fabrika: 'factory', fabrikası: 'factory', fabrikasını: 'factory', fabrikayı: 'factory', fabrikaya: 'factory', fabrikasının: 'factory', 'veri merkezleri': 'data center', 'veri merkezlerini': 'data center', 'üretim tesisi': 'factory', 'üretim tesisini': 'factory', 'üretim tesisine': 'factory', 'üretim üssü': 'factory', 'montaj tesisi': 'factory', 'montaj fabrikası': 'factory', 'çip fabrikası': 'chip factory', 'yarı iletken fabrikası': 'chip factory', 'çip üretim tesisi': 'chip factory', 'batarya fabrikası': 'factory', 'pil fabrikası': 'factory', 'gigafabrika': 'factory' },
    placePreps: [],
    originPreps: [],
  },
  morphology: {
    inflection: {
      // yatırım/yatırımı/yatırımını; satın aldı/alacak; kurdu/kurucusu stay apart
      suffixes: { larını: '', lerini: '', ları: '', leri: '', lar: '', ler: '', nın: '', nin: '', nun: '', nün: '', ını: '', ini: '', unu: '', ünü: '', sını: '', sini: '', ına: '', ine: '', una: '', üne: '', ın: '', in: '', un: '', ün: '', ı: '', i: '', u: '', ü: '', ya: '', ye: '', da: '', de: '', ta: '', te: '', dan: '', den: '', tan: '', ten: '', yla: '', yle: '', la: '', le: '', acak: '', ecek: '', ıyor: '', iyor: '', uyor: '', üyor: '', dı: '', di: '', du: '', dü: '', tı: '', ti: '', tu: '', tü: '', mış: '', miş: '', muş: '', müş: '' },
      prefixes: [],
      prefixNeedsSuffix: true,
      minStem: 4,
      rounds: 3,
      invariable: ['yarı', 'yarısı', 'yarısında', 'yarısını', 'yarısından'],
      irregular: {},
    },
    dropAnySuffixAfterApostrophe: true,
    genitiveSuffixes: [],
    nounCaseEndings: [],
    proclitics: [],
    dativeSuffixes: ['a', 'e', 'ya', 'ye', 'na', 'ne'],
    originEndings: [],
    adverbialEndings: [],
    subjectlessVerbEndings: [],
    ablativeCase: ['dan', 'den', 'tan', 'ten', 'ndan', 'nden'],
    genitiveCase: ['ın', 'in', 'un', 'ün', 'nın', 'nin', 'nun', 'nün'],
    elisions: {},
  },
  verbSecond: false,
  nullSubjects: true,
  verbFinalClauses: false,
  titleModifiers: ['yardımcısı', 'yardımcı', 'eski', 'vekili'],
  titles: [
    { forms: ['ceo', 'ceo\'su', 'ceosu', 'icra kurulu başkanı', 'genel müdür', 'genel müdürü', 'genel müdürlüğüne', 'genel müdürlüğünü', 'üst yönetici', 'üst yöneticisi', 'icra başkanı', 'icra kurulu başkanlığına', 'ceo\'luğuna', 'ceoluğuna', 'ceo\'luğunu', 'murahhas aza', 'murahhas üye', 'başına geçti', 'başına geçen', 'başına geçecek', 'başına getirildi', 'başına getirilen', 'başında bulunuyor', 'başında bulunan'], relation: 'CEO_OF' },
    { forms: ['kurucu', 'kurucusu', 'kurucularından', 'eş kurucusu', 'eş kurucu', 'kurucu ortağı', 'kurucu ortak', 'kurucu ortakları', 'kurucu ortaklarından', 'kurucuları', 'ortak kurucusu', 'ortak kurucu', 'kurucu ceo', 'kurucu ceo\'su'], relation: 'FOUNDED' },
    { forms: ['yönetim kurulu üyesi', 'yönetim kurulu başkan vekili', 'yönetim kurulunda', 'yönetim kurulu üyeliğine', 'yönetim kurulu üyeleri', 'bağımsız yönetim kurulu üyesi', 'denetim kurulu üyesi'], relation: 'BOARD_MEMBER_OF' },
    // Executive chairs sit on the board and work for the company (TitleEntry.chair).
    { forms: ['yönetim kurulu başkanı', 'yönetim kurulu ve icra komitesi başkanı', 'yönetim kurulu başkanlığına', 'yönetim kurulu başkanlığını', 'ykb'], relation: 'BOARD_MEMBER_OF', chair: true },
    { forms: ['finans direktörü', 'cfo', 'mali işler direktörü', 'finans müdürü', 'finansal işler direktörü', 'mali işlerden sorumlu genel müdür yardımcısı', 'finanstan sorumlu genel müdür yardımcısı', 'chief financial officer'], relation: 'WORKS_FOR', title: 'Chief Financial Officer' },
    { forms: ['teknoloji direktörü', 'cto', 'chief technology officer'], relation: 'WORKS_FOR', title: 'Chief Technology Officer' },
    { forms: ['strateji direktörü'], relation: 'WORKS_FOR', title: 'Chief Strategy Officer' },
    { forms: ['operasyon direktörü', 'operasyonlardan sorumlu genel müdür yardımcısı', 'coo', 'chief operating officer'], relation: 'WORKS_FOR', title: 'Chief Operating Officer' },
    { forms: ['pazarlama direktörü', 'cmo'], relation: 'WORKS_FOR', title: 'Chief Marketing Officer' },
    { forms: ['baş bilim insanı', 'baş bilimci'], relation: 'WORKS_FOR', title: 'Chief Scientist' },
    { forms: ['başkan yardımcısı', 'kıdemli başkan yardımcısı', 'vice president', 'executive vice president', 'senior vice president', 'svp', 'evp'], relation: 'WORKS_FOR', title: 'Vice President' },
    // "AIP Başkanı Larry Fink": the head of an organisation that has no board title named.
    // "Adana Sanayi Odası Meclis Başkanı İsrafil Uçurum": the chair of a chamber's assembly works for the chamber.
    { forms: ['meclis başkanı'], relation: 'WORKS_FOR', title: 'Chairman of the Assembly' },
    { forms: ['başkanı'], relation: 'WORKS_FOR', title: 'President', stateOffice: true },
    { forms: ['hukuk müşaviri', 'baş hukuk müşaviri'], relation: 'WORKS_FOR', title: 'General Counsel' },
    { forms: ['managing director'], relation: 'WORKS_FOR', title: 'Managing Director' },
  ],
  interim: ['geçici', 'vekil', 'vekili', 'vekaleten'],
  former: ['eski', 'önceki', 'bıraktığı', 'ayrıldığı'],
  claimStatus: trClaimStatus,
  time: trTime,
  abbreviations: ['örn', 'yy', 'vb', 'av'],
  ordinalMonths: [],
  titleOrgPreps: [],
  titleFunctions: [],
  titlePossessiveSuffixes: ['su', 'sı', 'si', 'sü', 'ı', 'i', 'u', 'ü'],
  titleHomographs: [],
  relations: {
    triggers: [
      // The lemma, not a prefix: "yatırımcı" (investor) is a person, not an investment.
      // "Nvidia destekli Mistral AI" (Nvidia-backed): the backer right before, the company right after.
      { id: 'destekli', relation: 'INVESTED_IN', forms: ['destekli'], subject: 'before', object: 'after', adjacentObject: true },
      { id: 'yatirim', relation: 'INVESTED_IN', forms: ['yatırım', 'yatırdı', 'yatıracak'], object: 'before', objectSuffixes: ['a', 'e', 'ya', 'ye', 'na', 'ne'], subject: 'first', subjectFromContext: true },
      // "A, B and C participated in the round": investors of the round the document reports.
      { id: 'join-round', relation: 'INVESTED_IN', forms: ['katıldı', 'katılıyor', 'katılacak', 'katıldığı', 'liderlik etti', 'liderliğinde', 'katkı sağladı', 'katkıda bulundu'], roundObject: true, subject: 'before' },
      { id: 'bu-yatirim', relation: 'INVESTED_IN', forms: ['bu yatırım*', 'söz konusu yatırım*'], anaphoric: true },
      // The bought company is bare, accusative or genitive ("Beta'yı", "Beta'nın yüzde 10'unu"); never the seller ("Gamma'dan") nor the price ("lira'ya").
      // "Acme, Boltway'i Kestrel'e sattı": the company sold in the accusative, the buyer in the dative.
      { id: 'satti', relation: 'ACQUIRED', forms: ['sattı', 'satacak', 'satıyor', 'sattığını', 'satacağını', 'devretti', 'devredecek'], object: 'before', objectSuffixes: ['a', 'e', 'ya', 'ye', 'na', 'ne'], sale: true },
      { id: 'satin-al', relation: 'ACQUIRED', forms: ['satın aldı', 'satın alacak', 'satın alma*', 'satın alım*', 'satın aldığını', 'satın alacağını', 'devraldığını', 'devralacağını', 'satın alıyor', 'satın almış', 'satın almıştı', 'satın almak', 'devraldı', 'devralacak', 'devralıyor', 'devralmış', 'devralma*', 'bünyesine kattı', 'bünyesine katacak', 'bünyesine kattığını', 'bünyesine dahil etti', 'ele geçirdi', 'ele geçirecek', 'kontrolünü ele geçirdi', 'çoğunluk hissesini satın aldı'], object: 'before', objectSuffixes: ['', 'ı', 'i', 'u', 'ü', 'yı', 'yi', 'yu', 'yü', 'nı', 'ni', 'nu', 'nü', 'ın', 'in', 'un', 'ün', 'nın', 'nin', 'nun', 'nün'], subject: 'first' },
      { id: 'ana-sirket', relation: 'OWNS', forms: ['ana şirketi', 'çatı şirketi', 'sahibi', 'sahibi olan'], object: 'before', subject: 'after', listObjects: true },
      // "OYAK, İSKEN'de tam kontrol sahibi oldu": taking full control of a company (in the locative) is buying it.
      { id: 'kontrol-sahibi', relation: 'ACQUIRED', forms: ['tam kontrol sahibi oldu', 'tam kontrol sahibi olacak', 'tam kontrolü ele geçirdi', 'tam kontrolünü ele geçirdi'], object: 'before', objectSuffixes: ['de', 'da', 'te', 'ta', 'nde', 'nda'], subject: 'before' },
      { id: 'sahip', relation: 'OWNS', forms: ['bünyesindeki', 'çatısı altındaki'], object: 'after', subject: 'before', listObjects: true },
      { id: 'ortaklik', relation: 'PARTNERS_WITH', forms: ['ortaklık*', 'iş birliği*', 'işbirliği*', 'ortaklığı', 'anlaşma*'], object: 'before', objectSuffixes: ['le', 'la', 'yle', 'yla', 'ile'], listObjects: true, subject: 'first', subjectFromContext: true, confidence: 0.7 },
      { id: 'rakip', relation: 'COMPETES_WITH', forms: ['rakip*', 'rekabet*'], object: 'before', listObjects: true, subject: 'first', subjectFromContext: true },
      { id: 'gelistirdigi', relation: 'DEVELOPS', forms: ['geliştirdiği', 'ürettiği'], subject: 'before' },
      { id: 'tedarik', relation: 'SUPPLIES', forms: ['tedarik*'], object: 'before', objectSuffixes: ['a', 'e', 'ya', 'ye', 'na', 'ne'], subject: 'first' },
      { id: 'yan-kurulus', relation: 'OWNS', forms: ['yan kuruluşu', 'iştiraki', 'bağlı ortaklığı', 'yan şirketi', 'bağlı şirketi'], subject: 'before' },
      { id: 'gelistir', relation: 'DEVELOPS', forms: ['geliştir*', 'model*'], object: 'before', subject: 'first', subjectFromContext: true },
      // "Acme Holding'e katıldı": the organisation joined carries the dative ("toplantıya katıldı" joins no one).
      { id: 'katildi', relation: 'JOINED', forms: ['katıldı', 'katılacak', 'katılıyor', 'geçti', 'transfer oldu'], object: 'before', objectSuffixes: ['a', 'e', 'ya', 'ye', 'na', 'ne'], subject: 'first' },
      // "Acme Holding'in ekibine katıldı": the team's owner carries the genitive.
      { id: 'ekibine-katildi', relation: 'JOINED', forms: ['ekibine katıl*', 'kadrosuna katıl*'], object: 'before', objectSuffixes: ['ın', 'in', 'un', 'ün', 'nın', 'nin', 'nun', 'nün'], subject: 'first' },
      // Subject participles: "Boltway'i satın alan Acme" (Acme, which bought Boltway): the object before, the subject the noun after.
      { id: 'satin-alan', relation: 'ACQUIRED', forms: ['satın alan', 'devralan', 'bünyesine katan'], object: 'before', objectSuffixes: ['', 'ı', 'i', 'u', 'ü', 'yı', 'yi', 'yu', 'yü', 'nı', 'ni', 'nu', 'nü'], subject: 'after' },
      { id: 'yatirim-yapan', relation: 'INVESTED_IN', forms: ['yatırım yapan'], object: 'before', objectSuffixes: ['a', 'e', 'ya', 'ye', 'na', 'ne'], subject: 'after' },
      { id: 'kuran', relation: 'FOUNDED', forms: ['kuran', 'kurmuş olan'], object: 'before', objectSuffixes: ['', 'ı', 'i', 'u', 'ü', 'yı', 'yi', 'yu', 'yü', 'nı', 'ni', 'nu', 'nü'], subject: 'after' },
      { id: 'gelistiren', relation: 'DEVELOPS', forms: ['geliştiren', 'üreten'], object: 'before', objectSuffixes: ['', 'ı', 'i', 'u', 'ü', 'yı', 'yi', 'yu', 'yü', 'nı', 'ni', 'nu', 'nü'], subject: 'after' },
      { id: 'tedarik-eden', relation: 'SUPPLIES', forms: ['tedarik eden'], object: 'before', objectSuffixes: ['a', 'e', 'ya', 'ye', 'na', 'ne'], subject: 'after' },
      { id: 'katilan', relation: 'JOINED', forms: ['katılan', 'katılarak', 'geçen'], object: 'before', objectSuffixes: ['a', 'e', 'ya', 'ye', 'na', 'ne'], subject: 'after' },
      { id: 'ayrilarak', relation: 'LEFT', forms: ['ayrılarak', 'ayrılan', 'ayrılıp'], object: 'before', objectSuffixes: ['dan', 'den', 'tan', 'ten', 'ndan', 'nden'], subject: 'after' },
      { id: 'ayrildi', relation: 'LEFT', forms: ['ayrıldı', 'ayrılacak', 'ayrılıyor', 'istifa etti'], object: 'before', subject: 'first' },
      { id: 'tarafindan', relation: 'FOUNDED', forms: ['tarafından kuruldu', 'tarafından kurulan', 'tarafından kurulmuş', 'tarafından kurulmuştur'], reversed: true, object: 'before', subject: 'before' },
      { id: 'kurdu', relation: 'FOUNDED', forms: ['kurdu', 'kurduktan', 'kurmuştu'], object: 'before', subject: 'first' },
      // "Ayşe Kaya'nın kurduğu Lumora": a relative clause, the founder before, the company after.
      { id: 'kurdugu', relation: 'FOUNDED', forms: ['kurduğu', 'kurmuş olduğu'], relativeParticiple: true, subject: 'before', object: 'after' },
      // "Lumora, Acme'ye satıldı": the buyer carries the dative.
      { id: 'satildi', relation: 'ACQUIRED', forms: ['satıldı'], reversed: true, object: 'before', objectSuffixes: ['a', 'e', 'ya', 'ye', 'na', 'ne'], subject: 'first' },
      // "Lumora'nın Acme'ye satışı tamamlandı": the sale of the genitive to the dative.
      { id: 'satisi', relation: 'ACQUIRED', forms: ['satışı', 'satışına', 'satışının', 'satışını', 'satışıyla', 'satışından', 'satış işlemi'], reversed: true, object: 'before', objectSuffixes: ['a', 'e', 'ya', 'ye', 'na', 'ne'], subject: 'before', subjectSuffixes: ['ın', 'in', 'un', 'ün', 'nın', 'nin', 'nun', 'nün', 'ı', 'i', 'u', 'ü', 'yı', 'yi', 'yu', 'yü', 'nı', 'ni', 'nu', 'nü'] },
      // "Lumora, Acme tarafından satın alındı", "Lumora'nın Acme tarafından satın alınması": passives take their agent from "tarafından" only.
      { id: 'satin-alindi', relation: 'ACQUIRED', forms: ['tarafından satın alındı', 'tarafından satın alınacak', 'tarafından satın alınan', 'tarafından satın alınması*', 'tarafından devralındı', 'tarafından devralınan', 'tarafından devralınması*'], reversed: true, object: 'before', subject: 'first' },
      // "Acme ile ortaklık kurdu": a partnership is formed, no company founded.
      { id: 'ortaklik-kurdu', relation: 'PARTNERS_WITH', forms: ['ortaklık kur*', 'ortak girişim kur*', 'iş birliği kur*', 'işbirliği kur*'], object: 'before', objectSuffixes: ['le', 'la', 'yle', 'yla', 'ile'], subject: 'first' },
      // "Acme'ye ait Lumora": belonging to.
      { id: 'ait', relation: 'OWNS', forms: ['ait'], subject: 'before', object: 'after' },
      // "Lumora, Acme'ye ait bir şirkettir": the owner carries the dative right before, the owned is the clause's topic.
      { id: 'aittir', relation: 'OWNS', forms: ['aittir', 'ait bir şirket*', 'ait bir kuruluş*', 'ait olan bir şirket*'], reversed: true, object: 'before', objectSuffixes: ['a', 'e', 'ya', 'ye', 'na', 'ne'], subject: 'first' },
      // "Acme'nin satın aldığı Lumora", "Acme'nin devraldığı Lumora": a relative clause, the buyer before, the bought after.
      { id: 'satin-aldigi', relation: 'ACQUIRED', forms: ['satın aldığı', 'devraldığı', 'bünyesine kattığı', 'satın alacağı', 'devralacağı'], relativeParticiple: true, subject: 'before', object: 'after' },
      // "Lumora, Acme liderliğindeki turda 20 milyon dolar yatırım aldı", "… Acme'den fon topladı": the funded company first, the investor leads or gives.
      { id: 'yatirim-aldi', relation: 'INVESTED_IN', forms: ['yatırım aldı', 'yatırım alacak', 'yatırım topladı', 'fon topladı', 'fon sağladı', 'finansman sağladı', 'finansman aldı', 'finansman topladı', 'sermaye topladı', 'yatırım turu', 'finansman turu', 'yatırım turunu', 'tohum yatırım*'], reversed: true, object: 'before', objectSuffixes: [...['dan', 'den', 'tan', 'ten', 'ndan', 'nden'], 'liderliğinde', 'liderliğindeki', 'öncülüğünde', 'öncülüğündeki'], subject: 'first' },
      // "Acme, Lumora'nın yüzde 51 hissesine sahip", "… payını elinde tutuyor": a share held; owned above half (shareOnly as in the other packs).
      { id: 'hisseye-sahip', relation: 'OWNS', forms: ['hissesine sahip', 'hisselerine sahip', 'payına sahip', 'paylarına sahip', 'hissesini elinde tutuyor', 'hisselerini elinde tutuyor', 'payını elinde tutuyor', 'hissesini elinde bulunduruyor', 'hisselerini elinde bulunduruyor', 'payını elinde bulunduruyor'], object: 'before', objectSuffixes: ['ın', 'in', 'un', 'ün', 'nın', 'nin', 'nun', 'nün'], subject: 'first', shareOnly: true },
      // "Acme, Lumora'nın yüzde 10 hissesini aldı", "Acme, Lumora'da hisse edindi": a stake in a company.
      { id: 'hisse-aldi', relation: 'INVESTED_IN', forms: ['hisse aldı', 'hissesini aldı', 'hisse alacak', 'hissesini alacak', 'hisse edindi', 'hissesini edindi', 'pay aldı', 'payını aldı', 'hissesini artırdı', 'payını artırdı', 'ortak oldu'], object: 'before', objectSuffixes: [...['ın', 'in', 'un', 'ün', 'nın', 'nin', 'nun', 'nün'], ...['da', 'de', 'ta', 'te', 'nda', 'nde', 'daki', 'deki', 'taki', 'teki', 'ndaki', 'ndeki'], ...['a', 'e', 'ya', 'ye', 'na', 'ne']], subject: 'first' },
      // "Acme'nin yatırım yaptığı Lumora", "Acme'nin hissedarı olduğu Lumora": the investor before, the company after.
      { id: 'yatirim-yaptigi', relation: 'INVESTED_IN', forms: ['yatırım yaptığı', 'yatırım yapacağı', 'yatırımcısı olduğu', 'hissedarı olduğu', 'hisse sahibi olduğu', 'hissesine sahip olduğu'], relativeParticiple: true, subject: 'before', object: 'after' },
      // "Acme, Lumora'nın en büyük hissedarı", "Lumora'nın yatırımcıları arasında Acme": the investor beside the genitive company.
      { id: 'yatirimcisi', relation: 'INVESTED_IN', forms: ['yatırımcısı', 'yatırımcıları', 'hissedarı', 'hissedarları', 'en büyük hissedarı', 'ana hissedarı', 'ortakları arasında'], object: 'before', objectSuffixes: ['ın', 'in', 'un', 'ün', 'nın', 'nin', 'nun', 'nün'], subject: 'any' },
      // "Lumora, Acme'nin bir yan kuruluşudur": the subsidiary first, the parent in the genitive.
      { id: 'yan-kurulusudur', relation: 'OWNS', forms: ['yan kuruluşudur', 'yan kuruluşu olarak', 'iştirakidir', 'iştiraki olarak', 'yan şirketidir', 'bağlı ortaklığıdır', 'bağlı şirketidir', 'markasıdır', 'bünyesindedir', 'bünyesinde yer alıyor', 'bünyesinde faaliyet gösteriyor', 'çatısı altında faaliyet gösteriyor', 'bünyesinde bulunuyor'], reversed: true, object: 'before', objectSuffixes: ['ın', 'in', 'un', 'ün', 'nın', 'nin', 'nun', 'nün'], subject: 'first' },
      // "Acme'nin sahip olduğu Lumora", "Acme'nin kontrolündeki Lumora", "Acme bünyesinde bulunan Lumora": owner before, owned after.
      { id: 'sahip-oldugu', relation: 'OWNS', forms: ['sahip olduğu', 'sahibi olduğu', 'kontrolündeki', 'kontrolünde bulunan', 'denetimindeki', 'bünyesinde bulunan', 'bünyesinde yer alan', 'bünyesinde faaliyet gösteren', 'çatısı altında bulunan', 'çatısı altında faaliyet gösteren', 'grubuna bağlı', 'markası olan', 'iştiraki olan', 'yan kuruluşu olan'], relativeParticiple: true, subject: 'before', object: 'after', listObjects: true },
      // "Acme tarafından kontrol edilen Lumora": passive control, the agent before "tarafından".
      { id: 'kontrol-edilen', relation: 'OWNS', forms: ['kontrol edilen', 'kontrol ediliyor', 'sahip olunan'], subject: 'before', object: 'after' },
      // "Lumora, Acme'ye bağlı olarak faaliyet gösteriyor" is no owner: only "Acme'ye bağlı Lumora", a dative owner right before.
      { id: 'bagli', relation: 'OWNS', forms: ['bağlı'], subject: 'before', subjectSuffixes: ['a', 'e', 'ya', 'ye', 'na', 'ne'], object: 'after', confidence: 0.7 },
      // "Acme ile Lumora ortak girişim kurdu", "Acme, Lumora ile güç birliği yaptı", "… ile anlaştı", "… mutabakat zaptı imzaladı".
      { id: 'ortak-girisim', relation: 'PARTNERS_WITH', forms: ['ortak girişim*', 'ortak şirket*', 'güç birliği*', 'güçlerini birleştir*', 'anlaştı', 'anlaşacak', 'anlaştığını', 'uzlaştı', 'mutabakat*', 'niyet mektubu', 'protokol*', 'ittifak*', 'stratejik ortak*', 'el sıkıştı', 'birlikte çalışacak', 'ortaklaşa', 'konsorsiyum*'], object: 'before', objectSuffixes: ['le', 'la', 'yle', 'yla', 'ile'], subject: 'first', confidence: 0.7 },
      // "Acme, Lumora ile yarışıyor", "… ile kıyasıya rekabet": competition with a comitative rival.
      { id: 'yaris', relation: 'COMPETES_WITH', forms: ['yarışıyor', 'yarışacak', 'yarışan', 'kapışıyor', 'kapışacak', 'karşı karşıya'], object: 'before', objectSuffixes: ['le', 'la', 'yle', 'yla', 'ile'], subject: 'first' },
      // "Acme'nin en büyük rakibi Lumora": a rival noun, the rival after the possessor.
      { id: 'rakibi', relation: 'COMPETES_WITH', forms: ['rakibi', 'rakipleri', 'en büyük rakibi', 'ana rakibi', 'rakibi olan'], subject: 'before', object: 'after', listObjects: true },
      // "Acme, Lumora'nın tedarikçisi", "Lumora'nın çip tedarikçisi Acme": the supplier beside the genitive customer.
      { id: 'tedarikcisi', relation: 'SUPPLIES', forms: ['tedarikçisi', 'tedarikçileri', 'tedarikçisidir', 'tedarikçisi olan'], object: 'before', objectSuffixes: ['ın', 'in', 'un', 'ün', 'nın', 'nin', 'nun', 'nün'], subject: 'any' },
      // "Acme, Lumora'ya 50 uçak teslim edecek", "… ürün satacak": deliveries to a customer.
      { id: 'teslim', relation: 'SUPPLIES', forms: ['teslim etti', 'teslim edecek', 'teslim ediyor', 'teslimat*', 'sağlayacak', 'sağlıyor', 'tedarik edecek'], object: 'before', objectSuffixes: ['a', 'e', 'ya', 'ye', 'na', 'ne'], subject: 'first' },
      // "Lumora, Acme'ye 50 uçak siparişi verdi": the customer orders from the supplier (dative).
      { id: 'siparis-verdi', relation: 'SUPPLIES', forms: ['sipariş verdi', 'siparişi verdi', 'sipariş verecek', 'siparişi verecek', 'sipariş etti', 'sipariş edecek', 'siparişini verdi'], reversed: true, object: 'before', objectSuffixes: ['a', 'e', 'ya', 'ye', 'na', 'ne'], subject: 'first' },
      // "Acme, Lumora'dan 50 uçaklık sipariş aldı": the supplier takes an order from the customer (ablative).
      { id: 'siparis-aldi', relation: 'SUPPLIES', forms: ['sipariş aldı', 'siparişi aldı', 'sipariş alacak', 'ihaleyi kazandı', 'sözleşme kazandı', 'sözleşmesi imzaladı', 'tedarik sözleşmesi*', 'tedarik anlaşması*'], object: 'before', objectSuffixes: ['dan', 'den', 'tan', 'ten', 'ndan', 'nden'], subject: 'first' },
      // "Acme, yeni modeli Zephyr'i tanıttı", "… piyasaya sürdü", "… üretiyor": the maker first, the product before the verb.
      { id: 'tanitti', relation: 'DEVELOPS', forms: ['tanıttı', 'tanıtacak', 'tanıtıyor', 'tanıttığını', 'piyasaya sürdü', 'piyasaya sürecek', 'piyasaya sürüyor', 'piyasaya sürdüğünü', 'kullanıma sundu', 'kullanıma sunacak', 'satışa sundu', 'satışa sunacak', 'üretti', 'üretiyor', 'üretecek', 'geliştirdi', 'geliştiriyor', 'geliştirecek'], object: 'before', subject: 'first' },
      // "Acme'nin tanıttığı Zephyr", "Acme'nin piyasaya sürdüğü Zephyr": the maker before, the product after.
      { id: 'tanittigi', relation: 'DEVELOPS', forms: ['tanıttığı', 'piyasaya sürdüğü', 'kullanıma sunduğu', 'ürettiği', 'geliştirdiği'], subject: 'before' },
      // "Ayşe Kaya, Acme'de göreve başladı": the new employer in the locative.
      { id: 'goreve-basladi', relation: 'JOINED', forms: ['göreve başladı', 'göreve başlayacak', 'görevine başladı', 'görevine başlayacak', 'çalışmaya başladı', 'çalışmaya başlayacak', 'koltuğuna oturdu', 'koltuğuna oturacak'], object: 'before', objectSuffixes: ['da', 'de', 'ta', 'te', 'nda', 'nde', 'daki', 'deki', 'taki', 'teki', 'ndaki', 'ndeki'], subject: 'first' },
      // "Ayşe Kaya, Acme'nin genel müdürlüğüne atandı": appointed to a post of the genitive company, or to the company (dative).
      { id: 'atandi', relation: 'JOINED', forms: ['atandı', 'atanacak', 'getirildi', 'getirilecek', 'seçildi'], object: 'before', objectSuffixes: [...['ın', 'in', 'un', 'ün', 'nın', 'nin', 'nun', 'nün'], ...['a', 'e', 'ya', 'ye', 'na', 'ne']], subject: 'first' },
      // "Acme, Ayşe Kaya'yı transfer etti", "… işe aldı", "… kadrosuna kattı": the employer first, the hire in the accusative.
      { id: 'transfer-etti', relation: 'JOINED', forms: ['transfer etti', 'transfer edecek', 'işe aldı', 'işe alacak', 'kadrosuna kattı', 'kadrosuna katacak', 'ekibine kattı', 'ekibine katacak', 'bünyesine kattı', 'bünyesine katacak'], reversed: true, object: 'before', objectSuffixes: ['ı', 'i', 'u', 'ü', 'yı', 'yi', 'yu', 'yü', 'nı', 'ni', 'nu', 'nü'], subject: 'first' },
      // "Ayşe Kaya, Acme'deki görevini bıraktı", "… görevden alındı", "… emekli oldu": leaving the company of the locative.
      { id: 'gorevi-birakti', relation: 'LEFT', forms: ['görevini bıraktı', 'görevini bırakacak', 'görevi bıraktı', 'koltuğunu devretti', 'koltuğunu devredecek', 'görevinden alındı', 'görevden alındı', 'görevden alınırken', 'görevinden alınırken', 'görevden alınan', 'görevden alındığı', 'görevinden alındığı', 'görevden ayrıldı', 'işten çıkarıldı', 'kovuldu', 'emekli oldu', 'emekli olacak', 'istifa etti', 'istifa edecek', 'istifasını verdi', 'istifa ettiğini', 'veda etti', 'veda edecek', 'görevden çekildi', 'görevinden çekildi', 'çekileceğini', 'görevi devretti', 'görevini devretti', 'görevini devredecek'], object: 'before', objectSuffixes: ['', ...['da', 'de', 'ta', 'te', 'nda', 'nde', 'daki', 'deki', 'taki', 'teki', 'ndaki', 'ndeki'], ...['dan', 'den', 'tan', 'ten', 'ndan', 'nden'], ...['a', 'e', 'ya', 'ye', 'na', 'ne']], subject: 'first' },
      // "Ayşe Kaya ve Murat Eren'in birlikte kurduğu Lumora": plural and joint founders.
      { id: 'kurduklari', relation: 'FOUNDED', forms: ['kurdukları', 'birlikte kurduğu', 'ortaklaşa kurduğu', 'hayata geçirdiği', 'kuruculuğunu yaptığı'], subject: 'before', object: 'after' },
      // "Ayşe Kaya, Lumora'yı 2015'te hayata geçirdi", "… ile birlikte kurdu".
      { id: 'hayata-gecirdi', relation: 'FOUNDED', forms: ['hayata geçirdi', 'birlikte kurdu', 'ortaklaşa kurdu', 'kurmuş', 'kuruculuğunu yaptı'], object: 'before', subject: 'first' },
    ],
    listJoiners: ['ve', 'ile', 'veya'],
    passiveAgents: ['tarafından'],
    passiveAuxiliaries: [],
    perfectAuxiliaries: [],
    complementisers: ['ki'],
    // Turkish relative clauses are participles before the noun ("Acme'nin satın aldığı Orbiton"): no pronoun.
    relativePronouns: [],
    objectPronounSuffixes: [],
    affiliationPreps: [],
    betweenPreps: ['arasında', 'arasındaki'],
    examples: ['gibi'],
    stakeNouns: ['hisse*', 'pay*', 'ortaklık payı'],
    participationPhrases: [],
    roundNouns: ['yatırım turu', 'finansman turu', 'tur', 'turu', 'turunda', 'turuna'],
    roundTargetPreps: [],
    verbFinalTails: [],
    valuationCues: ['piyasa değeri*', 'değerleme*', 'değerlemesi', 'değerinde', 'şirket değeri*'],
    spendingTriggers: ['harcama*', 'bütçe*', 'sermaye harcama*', 'yatırım planı', 'ayırmayı', 'ayıracak', 'ayırdığı', 'ayırdı', 'harcayacak', 'harcamayı', 'ayıracağını', 'harcayacağını', 'yatırım yapmayı', 'yatırım yapacak', 'yatırım yapacağını', 'yatırım planlıyor', 'yatırım programı', 'yatırım hedefi', 'capex', 'kaynak ayıracak', 'kaynak ayırmayı'],
    estimateCues: ['analist*', 'beklenti*', 'tahmin*'],
    spendingTopics: { altyapı: 'Infrastructure', 'ar-ge': 'Research and development', 'yapay zeka': 'Artificial intelligence', 'veri merkezi': 'Data centres', 'sermaye harcama*': 'Capital expenditure' },
    investmentNouns: ['yatırım', 'yatırımı', 'yatırımıyla', 'yatırımının'],
    suppliedGoods: ['işlemci*', 'çip*', 'gpu', 'hizmetleri', 'sunucu*'],
    supplierPreps: ['tarafından'],
    productFromPreps: [],
    topicPhrases: [],
    comitativePreps: ['ile birlikte', 'ortaklığında'],
    leaderPhrases: [],
    stakeTargetPreps: [],
    fundingSourcePhrases: [],
    armPhrases: [],
    remainderWords: ['kalan', 'geri kalan'],
    wholeStakeWords: ['tamamını', 'tamamı', 'tüm', 'bütün'],
    holderNouns: ['yatırımcılar', 'yatırımcıları', 'hissedarlar', 'hissedarları'],
    inclusionWords: ['arasında'],
    orgSubjectPronouns: [],
    dativeSellerPreps: [],
    possessivePronouns: [],
    relativePossessives: [],
    ownedHeadNouns: ['platformu', 'uygulaması', 'markası'],
    buildVerbs: ['inşa*', 'kuruyor', 'kuracak', 'kurdu', 'kuracağını', 'yapımı', 'kurulacak', 'kurulan', 'kurulması', 'kurulacağı', 'kurulacağını', 'kurmayı', 'kurma', 'kuracağı', 'temelini attı', 'temeli atıldı', 'temelini atacak', 'açacak', 'açacağını', 'açtı', 'açılacak', 'devreye aldı', 'devreye alacak', 'hayata geçirecek', 'yapacak', 'yaptıracak', 'genişletecek', 'kapasite artırımı'],
    sourcePhrases: [],
    sourcePostpositions: ['göre', 'haberine göre', 'açıklamasına göre', 'verilerine göre', 'yaptığı açıklamada', 'yapılan açıklamada', 'yaptığı açıklamaya göre', 'yapılan açıklamaya göre', 'gönderdiği açıklamada'],
    sellerPreps: [],
    partitivePreps: [],
    subsidiaryNouns: [],
  },
};
