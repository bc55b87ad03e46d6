/**
 * Turkish question forms. Case endings are written onto names after an apostrophe
 * ("Scale AI'a", "Meta'nın"); the templates keep them inside the slot and the resolver
 * strips them with `enclitics`.
 */
import type { QuestionLanguage } from './types.js';

export const tr: QuestionLanguage = {
  code: 'tr',
  name: 'Türkçe',
  templates: {
    investmentAmount: [
      '{X} {Y} (?:ne kadar|kaç (?:milyar |milyon )?dolar(?:lık)?) yatırım (?:yaptı|yapmış|yapıyor|etti)',
      '{X} {Y} (?:yaptığı )?yatırım(?:ı)? ne kadar(?:dır)?',
    ],
    investors: [
      '{X} yatırımcıları',
      '{X} kim(?:ler)? yatırım (?:yaptı|yapmış|yapıyor)',
      'kim(?:ler)? {X} yatırım (?:yaptı|yapmış|yapıyor)',
      '{X} yatırım yapan(?:lar)? (?:kim|kimler)(?:dir)?',
      '{X} yatırımcıları (?:kim|kimler)(?:dir)?',
    ],
    interimCeo: [
      '{X} (?:geçici|vekil|interim) (?:ceo\'su|ceosu|ceo|genel müdürü|icra kurulu başkanı) (?:kim|kimdir)',
    ],
    ceo: [
      '{X} (?:ceo\'su|ceosu|genel müdürü|patronu)',
      '{X} (?:ceo\'su|ceosu|ceo|genel müdürü|icra kurulu başkanı|patronu) (?:kim|kimdir)',
      '{X} kim yönetiyor',
      'kim {X} yönetiyor',
    ],
    founders: [
      '{X} kurucu(?:su|ları)',
      '{X} kim kurdu',
      'kim {X} kurdu',
      '{X} kurucu(?:su|ları) (?:kim|kimler)(?:dir)?',
    ],
    joined: [
      '{X} kim(?:ler)? (?:katıldı|geçti|girdi)',
      'kim(?:ler)? {X} (?:katıldı|geçti)',
      '{X} katılan(?:lar)? (?:kim|kimler)(?:dir)?',
    ],
    wentTo: [
      '{X} nereye (?:gitti|geçti|katıldı|transfer oldu)',
      '{X} hangi (?:şirkete|firmaya|laboratuvara) (?:katıldı|geçti|gitti)',
    ],
    competitors: [
      '{X} ile kim(?:ler)? rekabet (?:ediyor|ediyorlar|etmektedir)',
      'kim(?:ler)? {X} ile rekabet (?:ediyor|ediyorlar)',
      '{X} rakipleri (?:kim|kimler)(?:dir)?',
    ],
    develops: [
      '{X} ne(?:ler)? geliştir(?:iyor|di|mektedir)',
      '{X} hangi (?:ürünleri|modelleri) geliştir(?:iyor|di|mektedir)',
    ],
    developers: [
      '{X} kim geliştir(?:iyor|di|mişti)',
      'kim {X} geliştir(?:iyor|di)',
      '{X} geliştiren (?:kim|kimdir|şirket hangisi)',
    ],
    owns: [
      '{X} ne(?:ye|lere) sahip(?:tir)?',
      '{X} hangi (?:şirketlere|markalara|ürünlere|uygulamalara) sahip(?:tir)?',
    ],
    owners: [
      '{X} sahibi (?:kim|kimdir)',
      '{X} kime ait(?:tir)?',
      'kim {X} sahip',
    ],
    spending: [
      '{X} ne kadar (?:harcayacak|harcamayı düşünüyor|yatırım yapacak)',
      '{X} harcama planları',
      '{X} ne kadar (?:harcamayı|harcama yapmayı|yatırım yapmayı) planlıyor',
      '{X} ne kadar harcayacak',
      '{X} harcama planları (?:ne|neler)(?:dir)?',
    ],
    connection: [
      '{X} (?:ile|ve) {Y} arasındaki (?:bağlantı|ilişki|bağ) (?:ne|nedir)',
      '{X} (?:ile|ve) {Y} nasıl bağlantılı',
      '{X} (?:ile|ve) {Y} ne bağlıyor',
    ],

    investments: [
      '{X} (?:nereye|nelere|neye|hangi şirketlere|hangi şirkete) yatırım (?:yaptı|yapmış|yapıyor)',
      '{X} yatırımları (?:ne|neler|nelerdir)',
    ],
    acquirers: [
      '{X} kim(?:ler)? (?:satın aldı|satın almış|devraldı|aldı)',
      'kim {X} (?:satın aldı|devraldı)',
      '{X} satın alan (?:kim|kimdir|şirket hangisi)',
    ],
    acquisitions: [
      '{X} (?:neyi|neleri|kimi|hangi şirketi|hangi şirketleri) (?:satın aldı|satın almış|devraldı|aldı)',
      '{X} satın aldığı şirketler(?:i)? (?:ne|neler|hangileri)(?:dir)?',
    ],
    ceoOf: [
      '{X} (?:hangi şirketi|neyi) (?:yönetiyor|yönetti|yönetir)',
      '{X} (?:nerenin|hangi şirketin) (?:ceo\'su|ceosu|patronu|genel müdürü)(?:dur)?',
    ],
    founded: [
      '{X} (?:neyi|neleri|hangi şirketi|hangi şirketleri) kurdu',
    ],
    leavers: [
      '{X} kim(?:ler)? (?:ayrıldı|terk etti)',
      '{X} ayrılan(?:lar)? (?:kim|kimler)(?:dir)?',
    ],
    left: [
      '{X} (?:nereden|hangi şirketten) ayrıldı',
      '{X} (?:neyi|hangi şirketi) terk etti',
    ],
    boardMembers: [
      '{X} yönetim kurulunda kim(?:ler)? (?:var|bulunuyor|oturuyor)',
      '{X} yönetim kurulu üyeleri(?: (?:kim|kimler)(?:dir)?)?',
    ],
    boards: [
      '{X} (?:hangi şirketin|hangi şirketlerin|nerenin) yönetim kurulunda(?: (?:yer alıyor|oturuyor|bulunuyor))?',
      '{X} nerede yönetim kurulu üyesi(?:dir)?',
    ],
    employees: [
      '{X} kim(?:ler)? çalışıyor',
      '{X} çalışanları(?: (?:kim|kimler)(?:dir)?)?',
    ],
    employer: [
      '{X} (?:nerede|hangi şirkette) çalışıyor',
      '{X} kimin için çalışıyor',
      '{X} işvereni(?: (?:kim|kimdir))?',
    ],
    suppliers: [
      '{X} kim(?:ler)? tedarik (?:ediyor|etti|sağlıyor)',
      '{X} tedarikçileri(?: (?:kim|kimler)(?:dir)?)?',
    ],
    customers: [
      '{X} (?:kime|kimlere|hangi şirketlere) (?:tedarik ediyor|tedarik etti|ürün sağlıyor|satıyor)',
      '{X} müşterileri(?: (?:kim|kimler)(?:dir)?)?',
    ],
    partners: [
      '{X} ile kim(?:ler)? (?:ortaklık|işbirliği|iş birliği) (?:yapıyor|yaptı|kurdu)',
      '{X} (?:kimle|kimlerle|hangi şirketlerle) (?:ortaklık|işbirliği|iş birliği) (?:yapıyor|yaptı|kurdu)',
      '{X} ortakları(?: (?:kim|kimler)(?:dir)?)?',
    ],
    builds: [
      '{X} ne(?:ler)? inşa (?:ediyor|etti)',
      '{X} hangi (?:veri merkezlerini|tesisleri|fabrikaları) (?:inşa ediyor|kuruyor)',
    ],
    builders: [
      '{X} kim inşa (?:ediyor|etti)',
      'kim {X} inşa (?:ediyor|etti)',
    ],
    units: [
      '{X} hangi (?:birimleri|ekipleri|laboratuvarları|bölümleri) var',
      '{X} birimleri(?: (?:ne|neler|hangileri)(?:dir)?)?',
    ],
    parent: [
      '{X} (?:neyin|hangi şirketin) (?:bir )?(?:parçası|birimi)(?:dır|dir)?',
      '{X} (?:kime|hangi şirkete) bağlı(?:dır)?',
    ],
    entity: [
      '{X} (?:kim|kimdir|ne|nedir)',
      '{X} hakkında (?:bilgi ver|ne biliyorsun|anlat|bilgi|neler biliniyor)',
    ],
  },
  examples: {
    investmentAmount: "Meta, Scale AI'a ne kadar yatırım yaptı?",
    investors: "Scale AI'a kim yatırım yaptı?",
    interimCeo: "Scale AI'ın geçici CEO'su kim?",
    ceo: "Meta'nın CEO'su kim?",
    founders: "Scale AI'ı kim kurdu?",
    joined: "Meta'ya kim katıldı?",
    wentTo: 'Alexandr Wang nereye gitti?',
    competitors: 'Meta ile kim rekabet ediyor?',
    develops: 'Meta ne geliştiriyor?',
    developers: "Llama'yı kim geliştirdi?",
    owns: 'Meta neye sahip?',
    owners: "Instagram'ın sahibi kim?",
    spending: 'Meta ne kadar harcamayı planlıyor?',
    connection: 'Jason Droege ile Meta arasındaki bağlantı ne?',

    investments: 'Meta nereye yatırım yaptı?',
    acquirers: "Scale AI'ı kim satın aldı?",
    acquisitions: 'Meta neyi satın aldı?',
    ceoOf: 'Mark Zuckerberg hangi şirketi yönetiyor?',
    founded: 'Alexandr Wang neyi kurdu?',
    leavers: "Scale AI'dan kim ayrıldı?",
    left: 'Alexandr Wang nereden ayrıldı?',
    boardMembers: "Scale AI'ın yönetim kurulunda kim var?",
    boards: 'Alexandr Wang hangi şirketin yönetim kurulunda?',
    employees: "Meta'da kim çalışıyor?",
    employer: 'Alexandr Wang nerede çalışıyor?',
    suppliers: "Meta'ya kim tedarik ediyor?",
    customers: 'Nvidia kime tedarik ediyor?',
    partners: 'Meta ile kim işbirliği yapıyor?',
    builds: 'Meta ne inşa ediyor?',
    builders: "Llama'yı kim inşa ediyor?",
    units: "Meta'nın hangi birimleri var?",
    parent: 'Meta Superintelligence Lab hangi şirketin parçası?',
    entity: 'Mark Zuckerberg kim?',
  },
  proclitics: [],
  enclitics: [
    "'a", "'e", "'ya", "'ye", "'ı", "'i", "'u", "'ü", "'yı", "'yi", "'yu", "'yü",
    "'ın", "'in", "'un", "'ün", "'nın", "'nin", "'nun", "'nün",
    "'da", "'de", "'ta", "'te", "'dan", "'den", "'tan", "'ten", "'ndan", "'nden",
    "'la", "'le", "'yla", "'yle", "'na", "'ne", "'nı", "'ni", "'ki", "'sı", "'si", "'su",
  ],
  leadingWords: [],
  trailingWords: ['şirketi', 'şirketine', 'şirketinin', 'şirketini', 'firması', 'firmasına'],
  yearPhrases: ["{N}'(?:te|de|ta|da|e|a|ye|ya)", '{N} yılında', '{N} yılı için', '{N} için', '{N}'],
  amountWords: ['için', 'ile'],
  words: {
    relations: {
      INVESTED_IN: { out: 'Yatırım yaptığı', in: 'Yatırımcılar' },
      ACQUIRED: { out: 'Satın aldığı', in: 'Satın alan' },
      OWNS: { out: 'Sahip olduğu', in: 'Sahibi' },
      PARTNERS_WITH: { out: 'Ortaklar', in: 'Ortaklar' },
      COMPETES_WITH: { out: 'Rakipler', in: 'Rakipler' },
      SUPPLIES: { out: 'Tedarik ettiği', in: 'Tedarikçiler' },
      DEVELOPS: { out: 'Geliştirdiği', in: 'Geliştiren' },
      CEO_OF: { out: "CEO'su olduğu", in: 'CEO' },
      FOUNDED: { out: 'Kurduğu', in: 'Kurucular' },
      JOINED: { out: 'Katıldığı', in: 'Katılanlar' },
      LEFT: { out: 'Ayrıldığı', in: 'Ayrılanlar' },
      BOARD_MEMBER_OF: { out: 'Yönetim kurulunda olduğu', in: 'Yönetim kurulu' },
      WORKS_FOR: { out: 'Çalıştığı', in: 'Çalışanlar' },
      PART_OF: { out: 'Parçası olduğu', in: 'Birimler' },
      PLANS_SPENDING: { out: 'Harcama planları', in: 'Harcamayı planlayan' },
      BUILDS: { out: 'İnşa ettiği', in: 'İnşa eden' },
    },
    sources: { other: '{n} kaynak' },
    documents: { other: '{n} belge' },
    steps: { other: '{n} adım' },
    sourcesDisagree: 'kaynaklar çelişiyor',
    interim: 'geçici',
    via: '{x} birimine',
    partOf: '{x} bünyesinde',
    yearNotStated: 'Yıl belirtilmemiş',
    none: 'Grafikte bunu yanıtlayan bir bilgi yok.',
    connection: '{x} ile {y} arasındaki bağlantı',
    path: 'Yol',
    pathOf: 'Yol {n}/{y}',
    and: 've',
    stake: '{x} hisse',
    valuedAt: '{x} değerleme',
    inYear: '{n} yılında',
    aliases: 'Adlar',
    mentions: 'Anılma: {n}{x}; olguların kaynağı: {y}.',
    noFacts: 'Hakkında kayıtlı bir olgu yok.',
    other: 'diğer',
  },
};
