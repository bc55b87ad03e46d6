import { describe, expect, it } from 'vitest';
import { normaliseQuestion, parseQuestion } from '../../src/query/parse.js';

describe('normaliseQuestion', () => {
  it('strips question marks of every script, ¿ and curly apostrophes, and folds spaces', () => {
    expect(normaliseQuestion('¿Quién  invirtió en Scale AI?')).toBe('Quién invirtió en Scale AI');
    expect(normaliseQuestion('من هو الرئيس التنفيذي لميتا؟')).toBe('من هو الرئيس التنفيذي لميتا');
    expect(normaliseQuestion('Meta’nın CEO’su kim ?')).toBe("Meta'nın CEO'su kim");
    expect(normaliseQuestion('مَن هُوَ')).toBe('من هو');
  });
});

describe('parseQuestion', () => {
  it.each([
    ['Who invested in Scale AI?', 'investors', 'en', [['Scale AI']]],
    ['Wer hat in Scale AI investiert?', 'investors', 'de', [['Scale AI']]],
    ["Scale AI'a kim yatırım yaptı?", 'investors', 'tr', [["Scale AI'a"]]],
    ['من هو الرئيس التنفيذي لميتا؟', 'ceo', 'ar', [['لميتا']]],
    ['who runs meta', 'ceo', 'en', [['meta']]],
    ['Who is the interim CEO of Scale AI?', 'interimCeo', 'en', [['Scale AI']]],
    ['How much did Meta invest in Scale AI?', 'investmentAmount', 'en', [['Meta', 'Scale AI']]],
    ['What is the connection between "Meta" and “Scale AI”?', 'connection', 'en', [['Meta', 'Scale AI']]],
  ])('%s → %s', (question, intent, lang, mentions) => {
    expect(parseQuestion(question)).toMatchObject({ intent, lang, mentions });
  });

  it('offers every split of two names written side by side, the likeliest first', () => {
    const parsed = parseQuestion("Meta Platforms Scale AI'a ne kadar yatırım yaptı?");
    expect(parsed?.intent).toBe('investmentAmount');
    expect(parsed?.mentions).toContainEqual(['Meta Platforms', "Scale AI'a"]);
    expect(parsed?.mentions[0]).toEqual(['Meta', "Platforms Scale AI'a"]);
  });

  it('keeps the original question text for the answer', () => {
    expect(parseQuestion('  Who founded Scale AI?? ')?.question).toBe('  Who founded Scale AI?? ');
  });

  it.each(['', 'Tell me everything', 'Why is the sky blue?', 'Meta', 'Who invested in?'])('does not guess at %j', (q) => {
    expect(parseQuestion(q)).toBeUndefined();
  });
});

describe('other wordings of the forms', () => {
  it.each([
    ['Who runs Meta?', 'ceo', 'en', ['Meta']],
    ["Who are Meta's competitors?", 'competitors', 'en', ['Meta']],
    ['How are Meta and Scale AI connected?', 'connection', 'en', ['Meta', 'Scale AI']],
    ['Which company owns Instagram?', 'owners', 'en', ['Instagram']],
    ['How much will Meta spend?', 'spending', 'en', ['Meta']],
    ['Wem gehört Instagram?', 'owners', 'de', ['Instagram']],
    ['Mit wem konkurriert Meta?', 'competitors', 'de', ['Meta']],
    ['Wer leitet Meta?', 'ceo', 'de', ['Meta']],
    ['Wie viel plant Meta auszugeben?', 'spending', 'de', ['Meta']],
    ['Wie leidt Meta?', 'ceo', 'nl', ['Meta']],
    ['Wie is de eigenaar van Instagram?', 'owners', 'nl', ['Instagram']],
    ["Meta'nın rakipleri kimler?", 'competitors', 'tr', ["Meta'nın"]],
    ['Instagram kime ait?', 'owners', 'tr', ['Instagram']],
    ["Scale AI'ın kurucusu kim?", 'founders', 'tr', ["Scale AI'ın"]],
    ["Meta'nın geçici CEO'su kim?", 'interimCeo', 'tr', ["Meta'nın"]],
    ['من يملك إنستغرام؟', 'owners', 'ar', ['إنستغرام']],
    ['من هم منافسو ميتا؟', 'competitors', 'ar', ['ميتا']],
    ['ما العلاقة بين ميتا وScale AI؟', 'connection', 'ar', ['ميتا', 'Scale AI']],
    ['À qui appartient Instagram ?', 'owners', 'fr', ['Instagram']],
    ["Qui est le PDG d'OpenAI ?", 'ceo', 'fr', ['OpenAI']],
    ['Qui dirige Meta ?', 'ceo', 'fr', ['Meta']],
    ['¿De quién es Instagram?', 'owners', 'es', ['Instagram']],
    ['¿Quien dirige Meta?', 'ceo', 'es', ['Meta']],
    ['¿Cuál es la relación entre Meta y Scale AI?', 'connection', 'es', ['Meta', 'Scale AI']],
  ])('%s → %s', (question, intent, lang, mentions) => {
    const parsed = parseQuestion(question);
    expect(parsed).toMatchObject({ intent, lang });
    expect(parsed?.mentions[0]).toEqual(mentions);
  });
});
