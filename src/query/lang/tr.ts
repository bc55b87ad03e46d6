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
      '{X} kim(?:ler)? yatırım (?:yaptı|yapmış|yapıyor)',
      'kim(?:ler)? {X} yatırım (?:yaptı|yapmış|yapıyor)',
      '{X} yatırım yapan(?:lar)? (?:kim|kimler)(?:dir)?',
      '{X} yatırımcıları (?:kim|kimler)(?:dir)?',
    ],
    interimCeo: [
      '{X} (?:geçici|vekil|interim) (?:ceo\'su|ceosu|ceo|genel müdürü|icra kurulu başkanı) (?:kim|kimdir)',
    ],
    ceo: [
      '{X} (?:ceo\'su|ceosu|ceo|genel müdürü|icra kurulu başkanı|patronu) (?:kim|kimdir)',
      '{X} kim yönetiyor',
      'kim {X} yönetiyor',
    ],
    founders: [
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
      '{X} ne kadar (?:harcamayı|harcama yapmayı|yatırım yapmayı) planlıyor',
      '{X} ne kadar harcayacak',
      '{X} harcama planları (?:ne|neler)(?:dir)?',
    ],
    connection: [
      '{X} (?:ile|ve) {Y} arasındaki (?:bağlantı|ilişki|bağ) (?:ne|nedir)',
      '{X} (?:ile|ve) {Y} nasıl bağlantılı',
      '{X} (?:ile|ve) {Y} ne bağlıyor',
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
};
