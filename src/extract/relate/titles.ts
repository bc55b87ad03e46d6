/**
 * Role titles: CEO_OF, FOUNDED, BOARD_MEMBER_OF, WORKS_FOR from titles next to names.
 *   de.title.apposition   "Alexandr Wang, dem Gründer und CEO von Scale AI"
 *   tr.title.org-before   "Meta CEO’su Mark Zuckerberg", "Scale AI’ın CEO’su Alexandr Wang"
 *   ar.title.org-between  "الرئيس التنفيذي لشركة أوبن إيه آي سام ألتمان"
 *   nl.title.context-org  "Meta, de techgigant onder leiding van CEO Mark Zuckerberg"
 *   de.title.role-clause  "Jason Droege die Rolle des Interims-CEO übernimmt" (org from the sentence)
 */
import { endingTest } from '../endings.js';
import type { ExtractedClaim } from '../../model/extraction.js';
import type { LanguagePack, TitleEntry } from '../../lang/types.js';
import { after, before, claim, coordinated, gluedJoiner, isComma, mentionAt, orgAnaphorAt, QUOTE, salientOrg, set, type SentenceContext, type SMention } from './context.js';
import { titlePhrases, triggerPhrases, type Word } from '../words.js';
import { stopwordsOf } from '../mentions.js';
import { possessedAfter } from './possessor.js';

/** How far (in words) a person may stand from the title it holds in a role clause. */
/** Adjectives a German description may hold between a title's preposition and its company noun ("des angeschlagenen deutschen Warenhauskonzerns"). */
const DESCRIPTION_WORDS = 3;
/** The title recorded on an executive chair's WORKS_FOR claim. */
const CHAIR_TITLE = 'Chairman';
const ROLE_CLAUSE_WINDOW = 8;
/** Words from an apposition's closing comma to the title of a role clause ("…, as its new chief executive"). */
const ROLE_AFTER_APPOSITION = 4;
/** Words an apposition to a person may hold between its commas. */
const APPOSITION_WORDS = 16;
/** How far an organisation may follow its title ("CEO von Scale AI", "CEO of the company Acme"). */
const ORG_AFTER_WINDOW = 3;

/** Longest organisation name between a joiner and the next title ("ve AIP Başkanı"). */
const MAX_JOINED_ORG_WORDS = 4;

/** Adjectives that may stand between a possessive and its title ("the company’s senior vice president"). */
const TITLE_ADJECTIVES = 2;
/** Courtesy and academic titles between a title and the name it goes with ("Başkanı Prof. Dr. Ahmet Bolat"). */
const HONORIFICS_BEFORE_NAME = 3;

/** Words an organisation with its company noun, quotes and adjectives may take between two joined titles. */
const JOINED_TITLE_GAP = 6;

const CONFIDENCE = { adjacent: 0.9, contextOrg: 0.7, roleClause: 0.65 } as const;

/** The English title a deputy of a role holds, where the pack's entry records none. */
const ROLE_TITLES: Record<string, string> = { CEO_OF: 'Chief Executive Officer', BOARD_MEMBER_OF: 'Board Member', WORKS_FOR: 'Executive' };

/** Roles a "former" title ends (graph/roles.ts); a former founder is still the founder. */
const ENDING_ROLES: ReadonlySet<string> = new Set(['CEO_OF', 'WORKS_FOR', 'BOARD_MEMBER_OF']);

interface Chain {
  from: number;
  to: number;
  entries: TitleEntry[];
  interim: boolean;
  former: boolean;
}

const byFormCache = new WeakMap<LanguagePack, ReadonlyMap<string, TitleEntry>>();

/** Each title form of the pack and its entry, built once per pack (the rule runs for every sentence). */
function titlesByForm(pack: LanguagePack): ReadonlyMap<string, TitleEntry> {
  let m = byFormCache.get(pack);
  if (!m) {
    const built = new Map<string, TitleEntry>();
    for (const t of pack.titles) for (const f of t.forms) built.set(f, t);
    byFormCache.set(pack, (m = built));
  }
  return m;
}

export function titleRule(ctx: SentenceContext): ExtractedClaim[] {
  const { pack, words } = ctx;
  const byForm = titlesByForm(pack);
  const titles = titlePhrases(pack);
  const interim = set(ctx, 'interim', pack.interim);
  const former = set(ctx, 'former', pack.former);
  const modifiers = set(ctx, 'titleModifiers', pack.titleModifiers);
  const joiners = set(ctx, 'listJoiners', pack.relations.listJoiners);
  const preps = set(ctx, 'titleOrgPreps', pack.titleOrgPreps);
  const determiners = set(ctx, 'determiners', pack.entities.determiners);
  const companyNouns = set(ctx, 'companyNouns', pack.entities.companyNouns);
  const personMarkers = set(ctx, 'personMarkers', pack.entities.personMarkers);
  const honorifics = set(ctx, 'honorifics', pack.entities.honorifics);
  const personTitles = set(ctx, 'personTitles', pack.entities.personTitles);
  const possessives = set(ctx, 'possessivePronouns', pack.relations.possessivePronouns);
  const relatives = set(ctx, 'relativePossessives', pack.relations.relativePossessives);
  const agentPostpositions = set(ctx, 'passiveAgents', pack.relations.passiveAgents);

  /** Between `from` and `to` stand only one organisation and its company noun, quotes and adjectives ("شركة "إنفيديا" الأميركية"). */
  const ofNamedOrg = (from: number, to: number): boolean => {
    if (to - from > JOINED_TITLE_GAP) return false;
    const orgs = ctx.mentions.filter((m) => m.type === 'Organization' && m.from >= from && m.to <= to);
    if (orgs.length !== 1) return false;
    for (let k = from; k < to; k++) {
      if (k >= orgs[0].from && k < orgs[0].to) continue;
      const w = words[k];
      if (w.kind === 'punct' ? !QUOTE.test(w.text) : !(companyNouns.match(words, k) || preps.match(words, k) || (k > orgs[0].from && w.script === 'arabic'))) return false;
    }
    return true;
  };

  /**
   * The person an apposition describes, where that apposition closes with a comma at most
   * ROLE_AFTER_APPOSITION words before `at` and opens with a comma right after the person's name,
   * at most APPOSITION_WORDS words before that.
   */
  const apposedBefore = (at: number): SMention | undefined => {
    let close = -1;
    for (let k = at - 1; k >= Math.max(0, at - 1 - ROLE_AFTER_APPOSITION); k--) {
      if (isComma(words[k].text)) {
        close = k;
        break;
      }
      if (words[k].kind === 'punct') return undefined;
    }
    if (close < 0) return undefined;
    for (let k = close - 1; k >= Math.max(0, close - APPOSITION_WORDS); k--) {
      if (!isComma(words[k].text)) continue;
      return ctx.mentions.find((m) => m.type === 'Person' && m.to === k);
    }
    return undefined;
  };

  /** Where an apposition opened by a comma right at `from` closes (its closing comma) before `to`, else -1. */
  const appositionEnd = (from: number, to: number): number => {
    if (!isComma(words[from]?.text ?? '')) return -1;
    for (let k = from + 1; k < to; k++) if (isComma(words[k].text)) return k;
    return -1;
  };

  /** An organisation behind a title's preposition at `at` ("of Acme", "de la société Acme"). */
  const endsInCompanyHead = endingTest(pack.entities.companyHeads, 0);
  // (The genitive ending may follow the head: "Warenhauskonzerns".)
  const headAt = (w: Word) => endsInCompanyHead(w.fold) || endsInCompanyHead(w.fold.replace(/e?s$/u, ''));
  /** The organisation behind a title's preposition at `at`, or undefined. */
  const orgBehindAt = (at: number): SMention | undefined => {
    const prep = preps.match(words, at);
    if (!prep) return undefined;
    let k = at + prep.length;
    while (k < words.length && (determiners.match(words, k) || companyNouns.match(words, k))) k += (determiners.match(words, k) ?? companyNouns.match(words, k))!.length;
    // "die Leitung des angeschlagenen deutschen Warenhauskonzerns Galeria": adjectives and a compound company noun may describe the name.
    if (pack.capitalisesNouns) {
      let j = k;
      while (j < words.length && j - k < DESCRIPTION_WORDS && words[j].kind === 'word' && /^\p{Ll}/u.test(words[j].text)) j++;
      const described = j < words.length && words[j].kind === 'word' && headAt(words[j]) ? ctx.mentions.find((m) => m.from === j + 1 && m.type === 'Organization') : undefined;
      if (described) return described;
    }
    return ctx.mentions.find((m) => m.from === k && m.type === 'Organization');
  };
  const orgBehind = (at: number): boolean => orgBehindAt(at) !== undefined;

  // Group "Gründer und CEO" into one chain.
  const functions = set(ctx, 'titleFunctions', pack.titleFunctions);
  /** Where a title matched at i..to ends with the function it names ("vice president of Communications"). */
  const withFunction = (to: number): number => {
    const p = preps.match(words, to);
    if (!p) return to;
    let k = to + p.length;
    while (k < words.length && determiners.match(words, k)) k++;
    const f = functions.match(words, k);
    // Not the first words of a longer name ("head of Marketing Alliance Inc.").
    if (!f || ctx.mentions.some((x) => x.from === k && x.to > k + f.length)) return to;
    return k + f.length;
  };
  const chains: Chain[] = [];
  for (let i = 0; i < words.length; i++) {
    const m = titles.match(words, i);
    if (!m) continue;
    const end = withFunction(i + m.length);
    // A chief of one function is no chief of the company: "directora general de Comunicación" works for it.
    const titled = byForm.get(m.value)!;
    const entry = end > i + m.length && titled.relation !== 'WORKS_FOR' ? { ...titled, relation: 'WORKS_FOR' as const } : titled;
    // An executive chair sits on the board and works for the company (TitleEntry.chair).
    const entries = entry.chair ? [entry, { ...entry, relation: 'WORKS_FOR' as const, title: CHAIR_TITLE }] : [entry];
    const last = chains[chains.length - 1];
    if (last && (last.to === i || (joiners.match(words, last.to) && last.to + 1 === i))) {
      last.entries.push(...entries);
      last.to = end;
    } else if (last && gluedJoiner(ctx, words[i]) && ofNamedOrg(last.to, i)) {
      // "مؤسس شركة أكمي ورئيسها التنفيذي" (founder of Acme and its chief executive): a title joined
      // by a glued "و" after the first title's organisation is the same person's, at that organisation.
      last.entries.push(...entries);
    } else {
      chains.push({ from: i, to: end, entries, interim: false, former: false });
    }
    i = end - 1;
  }

  const out: ExtractedClaim[] = [];
  for (const c of chains) {
    if (c.entries.every((e) => e.orgAfter) && !orgBehind(c.to)) continue;
    // A postposition of the agent after the title makes it the actor, no one's role: "… TUSAŞ Yönetim Kurulu tarafından alındı" (taken by the board).
    if (pack.wordOrder === 'SOV' && agentPostpositions.match(words, c.to) !== undefined) continue;
    // "Interims-CEO", "interim CEO", "CEO interino", "الرئيس التنفيذي المؤقت", "geçici CEO".
    for (let k = Math.max(0, c.from - 2); k < Math.min(words.length, c.to + 2); k++) if (interim.match(words, k)) c.interim = true;
    // Not across an article: "commentait alors le directeur général X" says when he spoke, not that he was ("l'alors PDG").
    for (let k = Math.max(0, c.from - 3); k < c.from; k++) {
      const f = former.match(words, k);
      if (f && !words.slice(k + f.length, c.from).some((_, d) => determiners.match(words, k + f.length + d) !== undefined)) c.former = true;
    }
    // Where adjectives follow their noun: "الرئيس التنفيذي السابق".
    if (former.match(words, c.to)) c.former = true;
    // A former CEO, CFO or board member is a past fact: it is kept, marked, and ends the role in the graph (graph/roles.ts).
    //   title.former   "Jane Roe, the former CFO of Acme Corp" / "ehemalige Aufsichtsrätin" / "eski CEO'su" / "الرئيس التنفيذي السابق"
    if (c.former && !c.entries.some((e) => ENDING_ROLES.has(e.relation))) continue;
    // "stellvertretender Vorstandschef", "CEO yardımcısı", "نائب الرئيس التنفيذي": a deputy holds another role.
    // ("former" may be listed among the modifiers too: it marks a past role, not another one.)
    const otherRole = (k: number) => modifiers.match(words, k) !== undefined && former.match(words, k) === undefined;
    let deputy = otherRole(c.to);
    let modifier = -1;
    for (let k = Math.max(0, c.from - 2); k < c.from; k++) if (otherRole(k)) modifier = k;
    // "Acme vice chairman and CEO Anna Berg": the modifier makes only the first title another role; the titles joined after it stand.
    let start = c.from;
    if (!deputy && modifier >= 0 && c.entries.length > 1) {
      c.entries = c.entries.slice(1);
      start = modifier;
    } else if (modifier >= 0) deputy = true;
    // A deputy works for the organisation in another role: "stellvertretender Vorstandsvorsitzender" is no CEO, but an employee.
    //   <lang>.works_for.title.*  "Karl Roth, stellvertretender Vorstandsvorsitzender der Acme Bank" → Karl Roth WORKS_FOR Acme Bank (title "Deputy Chief Executive Officer")
    if (deputy) {
      const roles = c.entries.filter((e) => e.relation !== 'FOUNDED');
      if (roles.length === 0) continue;
      c.entries = [{ relation: 'WORKS_FOR', forms: [], title: `Deputy ${roles[0].title ?? ROLE_TITLES[roles[0].relation]}` }];
    }

    // Person: right before (apposition), right after ("CEO Mark Zuckerberg"), or after the org.
    let person: SMention | undefined;
    let k = (modifier >= 0 ? Math.min(modifier, c.from) : c.from) - 1;
    let comma = false;
    while (k >= 0 && (isComma(words[k].text) || determiners.match(words, k))) {
      if (isComma(words[k].text)) comma = true;
      k--;
    }
    person = ctx.mentions.find((m) => m.to === k + 1 && m.type === 'Person');
    // "Marcus Hale remplace Laura Whitfield à la tête de X": the one a succession verb replaces does not take the title (the role clause below gives it to the successor).
    if (person && !comma && successionBefore(ctx, person.from) >= 0) person = undefined;
    // "Bali, genel müdür yardımcısı Hakan Aran’ı önerdi": a name right after the title (past a deputy's word) holds it, not one before a comma.
    const rightAfter = ctx.mentions.find((m) => m.type === 'Person' && m.from === c.to + (otherRole(c.to) ? modifiers.match(words, c.to)!.length : 0));
    if (person && comma && rightAfter) person = undefined;
    let org: SMention | undefined;
    let rule = 'title.apposition';
    let confidence: number = CONFIDENCE.adjacent;

    // Organisation after: "CEO von Scale AI", "CEO of Acme", "لشركة أوبن إيه آي".
    const orgAfter = (pack.capitalisesNouns ? orgBehindAt(c.to) : undefined) ?? after(ctx, c.to, ['Organization'], ORG_AFTER_WINDOW).find((m) => {
      for (let j = c.to; j < m.from; j++) {
        // "الرئيس التنفيذي السابق لشركة أكمي": a "former" or "interim" after the title stands between it and its organisation.
        if (!(preps.match(words, j) || determiners.match(words, j) || companyNouns.match(words, j) || former.match(words, j) || interim.match(words, j) || QUOTE.test(words[j].text))) return false;
      }
      return m.from === c.to ? words[m.from].bases.length > 1 : true; // a proclitic prep glued to the name ("لميتا")
    });
    // Organisation before: "Meta CEO’su", "Meta CEO Mark Zuckerberg", "Meta’s CEO".
    // Also glued by a hyphen ("Meta-Chef") or with an interim word between ("Scale AI’ın geçici CEO’su").
    let head = start;
    if (words[head - 1]?.text === '-' && words[head].glued && words[head - 1].glued) head--;
    // "Starbucks' executive vice president": a bare apostrophe after a name ending in s is its genitive.
    const bareApostrophe = head >= 2 && /^['’]$/u.test(words[head - 1].text) && words[head - 1].glued && /s$/iu.test(words[head - 2].text);
    if (bareApostrophe) head--;
    // "TUSAŞ'ın yeni Genel Müdürü": a determiner ("yeni", "neue", "nieuwe") may stand there too.
    while (head > 0 && (interim.match(words, head - 1) || former.match(words, head - 1) || determiners.match(words, head - 1)?.length === 1) && !ctx.mentions.some((m) => m.to === head)) head--;
    const orgBefore = ctx.mentions.find((m) => m.to === head && m.type === 'Organization');
    // "Andy Jassy, Amazon's chief executive officer": the apposition holds a possessor before the title.
    if (!person && orgBefore && (bareApostrophe || isPossessor(ctx, orgBefore))) {
      let j = orgBefore.from - 1;
      while (j >= 0 && (words[j].text === ',' || determiners.match(words, j))) j--;
      person = ctx.mentions.find((m) => m.to === j + 1 && m.type === 'Person');
    }

    if (orgAfter) {
      org = orgAfter;
      // "… والرئيس التنفيذي لشركة أوبن إيه آي سام ألتمان": the name after the organisation holds the title.
      // The name may be quoted ("لشركة "أوبن ايه أي" سام ألتمان").
      const end = QUOTE.test(words[orgAfter.to]?.text ?? '') ? orgAfter.to + 1 : orgAfter.to;
      // "le poste de PDG de Kalvon à Claire Morel": a person marker may stand between.
      const marker = personMarkers.match(words, end)?.length ?? 0;
      const p = ctx.mentions.find((m) => m.type === 'Person' && (m.from === end || (marker > 0 && m.from === end + marker) || ((words[end]?.text === ',' || words[end]?.text === '،') && m.from === end + 1)));
      // "سام ألتمان، الرئيس التنفيذي لشركة OpenAI، وآيف": a name joined by "and" after the apposition's closing comma is another person.
      const joinedAfterApposition = p !== undefined && person !== undefined && comma && p.from === end + 1 && gluedJoiner(ctx, words[p.from]);
      if (p && !joinedAfterApposition) {
        person = p;
        rule = 'title.org-between';
      }
    } else if (orgBefore) {
      org = orgBefore;
      rule = 'title.org-before';
    }
    // A former job or board seat ends a role only at an organisation the title names ("former CFO of Acme"),
    // not one guessed from the sentence ("…, que cesa como miembro del consejo …, según … la CNMV").
    // "la société Kalvon, qui détient … et dont le président, Robert Zolade", "Kalvon Corp, whose chief executive Jane Roe":
    // a title after a relative pronoun of possession is held at the relative clause's antecedent.
    //   title.relative  "… la société BIM, … et dont le président, Robert Zolade, …" → Robert Zolade WORKS_FOR BIM
    if (!org) {
      let r = start - 1;
      while (r > 0 && determiners.match(words, r)?.length === 1) r--;
      const antecedent = r >= 0 && relatives.match(words, r) ? relativeAntecedent(ctx, r) : undefined;
      if (antecedent) {
        org = antecedent;
        rule = 'title.relative';
      }
    }
    const namedOrg = org !== undefined;
    if (!person) {
      let j = c.to;
      if (rightAfter) j = rightAfter.from;
      else if (words[j]?.text === ',') j++;
      else if (personMarkers.match(words, j)) j++; // "nombró consejero delegado a Carlos Torres Vila"
      // "een nieuwe bestuursvoorzitter benoemd, namelijk Emmett Shear": after the comma, a word that introduces the name.
      if (!rightAfter && words[j - 1]?.text === ',' && personMarkers.match(words, j)) j += personMarkers.match(words, j)!.length;
      // "Yönetim Kurulu Başkanı Prof. Dr. Ahmet Bolat", "chairman Sir John Roe": academic and courtesy titles before the name.
      // "… إدارة سابك الرئيس التنفيذي والمهندس مطلق المريسد": an honorific with "and" glued on opens the next person of a list;
      // the title is the one named before it.
      let nextItem = false;
      for (let h = 0; h < HONORIFICS_BEFORE_NAME && !rightAfter; h++) {
        const m = (honorifics.match(words, j) ?? personTitles.match(words, j));
        if (!m || ctx.mentions.some((x) => x.from === j)) break;
        if (gluedJoiner(ctx, words[j])) nextItem = true;
        j += m.length;
        if (words[j]?.text === '.' && words[j].glued) j++;
      }

      const p = nextItem ? undefined : ctx.mentions.find((m) => m.from === j && m.type === 'Person');
      if (p) {
        person = p;
        if (!org) rule = 'title.context-org';
        // "Topman Dick Boer van Ahold vertrekt": the organisation after the name, behind the title's preposition.
        const prep = org ? undefined : preps.match(words, p.to);
        if (prep) {
          let k = p.to + prep.length;
          while (k < words.length && determiners.match(words, k)) k++;
          const o = ctx.mentions.find((m) => m.from === k && m.type === 'Organization');
          if (o) {
            org = o;
            rule = 'title.org-after-name';
          }
        }
      }
    }
    if (!person) {
      // "BlackRock CEO’su ve AIP Başkanı Larry Fink", "Acme CEO and Boltway chairman Jane Roe": a title joined to
      // another organisation's title is the same person's, named after the last one.
      const joined = joiners.match(words, c.to);
      const nextChain = joined ? chains.find((d) => d.from > c.to && d.from <= c.to + joined.length + MAX_JOINED_ORG_WORDS && ctx.mentions.some((m) => m.type === 'Organization' && m.from === c.to + joined.length && m.to === d.from)) : undefined;
      const named = nextChain ? ctx.mentions.find((m) => m.type === 'Person' && m.from === nextChain.to) : undefined;
      if (named && orgBefore) {
        person = named;
        rule = 'title.org-before';
      }
    }
    if (!person && !org) {
      // "le président de cette dernière, Arezki Idjerouidène", "el consejero delegado de la compañía, Juan Pérez": the
      // title's organisation is an anaphor, the name apposed after the comma holds the title.
      const of = preps.match(words, c.to);
      const at = of ? c.to + of.length : -1;
      const ref = at < 0 ? undefined : (set(ctx, 'latterAnaphors', pack.entities.latterAnaphors).match(words, at) ?? set(ctx, 'orgAnaphors', pack.entities.orgAnaphors).match(words, at));
      const p = ref && isComma(words[at + ref.length]?.text ?? '') ? ctx.mentions.find((m) => m.from === at + ref.length + 1 && m.type === 'Person') : undefined;
      if (p) {
        person = p;
        rule = 'title.apposition';
      }
    }
    if (!person) {
      // Role clause: "Jason Droege die Rolle des Interims-CEO übernimmt".
      // An apposition to the person does not count toward the window ("named Marcus Hale, a former Kestrel executive
      // who ran its European business, as its new chief executive").
      let p = before(ctx, c.from, ['Person'], ROLE_CLAUSE_WINDOW)[0] ?? apposedBefore(c.from);
      // "Jane Roe will succeed John Doe as chief executive": the predecessor after a verb of
      // succession does not take the title; the successor before it does.
      const succession = p ? successionBefore(ctx, p.from) : -1;
      if (p && succession >= 0) p = before(ctx, succession, ['Person'], ROLE_CLAUSE_WINDOW)[0];
      // The title's own possessor may stand between ("Hakan Bulgurlu, 2015 yılında Arçelik’in CEO’su olarak atandı"),
      // and so may an apposition to the person closed by a comma ("named Marcus Hale, a former Kestrel executive, as its
      // new chief executive", "hat Marcus Hale, bislang Europachef bei Kestrel, zum Vorstandschef ernannt").
      const apposition = p ? appositionEnd(p.to, c.from) : -1;
      if (p && !ctx.mentions.some((m) => m.from > p!.to && m.to <= c.from && m.type === 'Organization' && m !== orgBefore && !(m.to <= apposition))) {
        person = p;
        rule = 'title.role-clause';
        confidence = CONFIDENCE.roleClause;
      }
    }
    // A chair who is also chief executive or holds another post works for the company in that role: the chair's WORKS_FOR is not added.
    if (c.entries.some((e) => e.relation === 'CEO_OF' || (e.relation === 'WORKS_FOR' && e.title !== CHAIR_TITLE))) c.entries = c.entries.filter((e) => !(e.relation === 'WORKS_FOR' && e.title === CHAIR_TITLE && e.chair));
    if (!person) continue;
    // "président de la République française": the title names its organisation, one kg did not
    // recognise; no other organisation of the sentence or document stands in for it.
    if (!org && preps.match(words, c.to)) {
      let end = c.to + 1;
      while (end < words.length && (words[end].kind !== 'punct' || words[end].text === '-')) end++;
      const named = words.slice(c.to + 1, end).some((w) => /^\p{Lu}/u.test(w.text));
      if (named && orgAnaphorAt(ctx, c.to, end) < 0 && !ctx.mentions.some((m) => m.from > c.to && m.from < end)) continue;
    }
    // "Los cofundadores de Mistral AI, A, B y C": every person of a list after the organisation holds the title.
    const persons = rule === 'title.org-between' ? coordinated(ctx, person, ['Person']) : [person];
    // "Jan de Vries, CEO of the company, previously worked at Adyen": the title's organisation is
    // the one "the company" refers to, never another name of the sentence.
    const ofPrep = org ? undefined : preps.match(words, c.to);
    const ofAnaphor = ofPrep !== undefined && orgAnaphorAt(ctx, c.to + ofPrep.length, c.to + ofPrep.length + 1) >= 0;
    // "…du transporteur Aigle Azur, a annoncé le président de cette dernière, Arezki Idjerouidène": "the latter" is the
    // organisation named last before the title in this sentence.
    //   title.latter  → Arezki Idjerouidène WORKS_FOR Aigle Azur
    const latter = ofPrep !== undefined && set(ctx, 'latterAnaphors', pack.entities.latterAnaphors).match(words, c.to + ofPrep.length) !== undefined ?
      before(ctx, start, ['Organization'])[0] : undefined;
    if (latter) {
      for (const p of persons) {
        for (const e of c.entries) {
          if (c.former && !ENDING_ROLES.has(e.relation)) continue;
          const made = claim(ctx, e.relation, p, latter, `${e.relation.toLowerCase()}.title.latter`, Math.min(confidence, CONFIDENCE.contextOrg), e.relation === 'WORKS_FOR' && e.title ? { title: e.title } : {});
          if (made) out.push(made);
        }
      }
      continue;
    }
    // "its chief executive, Jane Roe", "su consejero delegado, César Ruiz", "the company’s senior vice president":
    // a possessive or an anaphor's genitive before the title stands for the company of the last sentences.
    //   title.anaphor-org  "Acme Corp grew. Its chief executive, Jane Roe, said …" → Jane Roe CEO_OF Acme Corp
    let lead = head;
    while (lead > 0 && head - lead < TITLE_ADJECTIVES && (modifiers.match(words, lead - 1) || /^\p{Ll}+$/u.test(words[lead - 1].text)) && !possessives.match(words, lead - 1) && words[lead - 1].stem === words[lead - 1].text) lead--;
    const possessed = !org && [head, lead].some((h) => possessives.match(words, h - 1)?.length === 1 || anaphorGenitiveBefore(ctx, h));
    if (ofAnaphor || possessed) {
      // "Virgin Atlantic has announced American Airlines executive Craig Kreeger will become its next CEO": a
      // possessive refers back to the organisation that opens the sentence as its subject, else to the salient one.
      const opening = possessed ? sentenceSubjectOrg(ctx, start) : undefined;
      const ref = opening?.id ?? salientOrg(ctx);
      // A referent named only after the title in this sentence is another organisation ("… worked at Adyen"): give up.
      if (ref === undefined || ctx.mentions.some((m) => m.from >= c.to && ctx.doc.keys.get(m.id) === ctx.doc.keys.get(ref))) continue;
      for (const p of persons) {
        for (const e of c.entries) {
          if (c.former && !ENDING_ROLES.has(e.relation)) continue;
          const made = claim(ctx, e.relation, p, ref, `${e.relation.toLowerCase()}.title.anaphor-org`, Math.min(confidence, CONFIDENCE.contextOrg), e.relation === 'WORKS_FOR' && e.title ? { title: e.title } : {});
          if (made) out.push(made);
        }
      }
      continue;
    }
    // "ZT CEO Frank Zhang", "ABD Başkanı Donald Trump": a name kg did not take for an organisation, or a
    // place, qualifies the title; no other organisation stands in for it. Give up.
    if (!org && qualifiedByOther(ctx, start)) continue;
    // Where the organisation is guessed below, a title a head of state holds too names none ("President Joe Biden"),
    // unless a unit of a company holds it ("Campbell’s Global Snacks division president Luca Mignini").
    let guessed = false;
    const unitTitle = start > 0 && set(ctx, 'unitNouns', [...pack.entities.companyNouns, ...pack.entities.labNouns, ...pack.relations.subsidiaryNouns]).match(words, start - 1)?.length === 1;
    if (!org) {
      guessed = true;
      // The organisation the sentence is about: nearest before, else after.
      // Not across another person: "Emmanuel Macron, président de la République, et Bruce Flatt, PDG de Brookfield".
      const p0 = person;
      const otherPersonBetween = (o: SMention) => ctx.mentions.some((m) => m.type === 'Person' && m.id !== p0.id && ctx.doc.keys.get(m.id) !== ctx.doc.keys.get(p0.id) && (o.from > p0.to ? m.from >= p0.to && m.to <= o.from : m.from >= o.to && m.to <= p0.from));
      // The organisation the article is about, where the sentence names it, before any other ("Diamondback has … in the Permian Basin," CEO Travis Stice said).
      const main = ctx.doc.mainOrg === undefined ? undefined : ctx.mentions.find((m) => m.type === 'Organization' && ctx.doc.keys.get(m.id) === ctx.doc.keys.get(ctx.doc.mainOrg!) && !otherPersonBetween(m));
      // Else not a name inside a quotation the person is outside of: that is what the speaker talks about, not whom they work for
      // ("\"Die Übernahme von Dotmatics ist Teil unseres Programms\", sagte Vorstandschef Roland Busch").
      // Only where the sentence reports speech (a reporting verb outside the quotation): a quoted description is the person's own.
      const reporting = set(ctx, 'reporting', pack.claimStatus.reporting);
      const inQuote = quotedWords(ctx);
      const speech = words.some((_, k) => !inQuote[k] && reporting.match(words, k) !== undefined);
      const quoted = (o: SMention) => speech && inQuote[o.from] !== inQuote[p0.from];
      // Nor a name glued to a lower-case noun, which it modifies ("aanwezig in een Zoom-gesprek": a Zoom call).
      const modifier = (o: SMention) => words[o.to]?.text === '-' && words[o.to].glued && words[o.to + 1]?.glued === true && /^\p{Ll}/u.test(words[o.to + 1].text);
      org = main ?? [...before(ctx, person.from, ['Organization']).slice(0, 1), ...before(ctx, c.from, ['Organization']).slice(0, 1), ...after(ctx, c.to, ['Organization']).slice(0, 1)].find((o) => !otherPersonBetween(o) && !quoted(o) && !modifier(o));
      if (rule === 'title.apposition') rule = 'title.context-org';
      confidence = Math.min(confidence, CONFIDENCE.contextOrg);
    }
    // "The company plans …, Chief Financial Officer Laura Chen told analysts": the organisation "the company" refers to.
    let orgRef: SMention | number | undefined = org;
    if (!orgRef && orgAnaphorAt(ctx, 0, words.length) >= 0) {
      orgRef = salientOrg(ctx);
      rule = 'title.anaphor-org';
      confidence = Math.min(confidence, CONFIDENCE.contextOrg);
    }
    // "Algemeen directeur Jan de Vries houdt vol …" in an article about one company: that company.
    if (orgRef === undefined && ctx.doc.mainOrg !== undefined && persons.length === 1) {
      guessed = true;
      orgRef = ctx.doc.mainOrg;
      rule = 'title.main-org';
      confidence = Math.min(confidence, CONFIDENCE.contextOrg);
    }
    if (orgRef === undefined) continue;
    // "the CEO of Maersk Group and Maersk Line", "consejero delegado de Kalvon y Dorta": the title holds at every
    // organisation joined to the one named behind the title's preposition.
    // "president of Mitsubishi Materials Co.’s Metals Company": the possessed unit is the title's organisation.
    const orgs = typeof orgRef !== 'number' && orgRef.from >= c.to ? coordinated(ctx, orgRef, ['Organization']).map((o) => possessedAfter(ctx, o, ['Organization']) ?? o) : [orgRef];
    for (const p of persons) {
      for (const e of c.entries) {
        if (c.former && (!ENDING_ROLES.has(e.relation) || (e.relation !== 'CEO_OF' && !namedOrg))) continue;
        //   title.state-office  "…, President Donald Trump said" → no WORKS_FOR at the sentence's company
        if (e.stateOffice && guessed && !unitTitle) continue;
        const q = { ...(e.relation === 'CEO_OF' && c.interim ? { interim: true } : e.relation === 'WORKS_FOR' && e.title ? { title: e.title } : {}), ...(c.former ? { former: true } : {}) };
        for (const o of orgs) {
          const made = claim(ctx, e.relation, p, o, `${e.relation.toLowerCase()}.${rule}`, confidence, q);
          if (made) out.push(made);
        }
      }
    }
  }
  return out;
}

/**
 * The organisation a relative clause opening at `at` is about: the nearest one set off by a comma before it
 * ("la société Kalvon, qui détient … de Norvia et dont …" → Kalvon, not Norvia), else one right before it.
 */
function relativeAntecedent(ctx: SentenceContext, at: number): SMention | undefined {
  const orgs = before(ctx, at, ['Organization']);
  // A bracket may close after the name ("BIM (Bagatelle Investissement et Management), qui …").
  const setOff = (m: SMention) => isComma(ctx.words[m.to]?.text ?? '') || (ctx.words[m.to]?.text === ')' && isComma(ctx.words[m.to + 1]?.text ?? ''));
  return orgs.find(setOff) ?? orgs.find((m) => m.to === at || (m.to === at - 1 && isComma(ctx.words[m.to].text)));
}

/** Words before a sentence's subject (an article, a description: "The Dutch insurer Athora …"). */
const SUBJECT_OPENING_WORDS = 4;

/**
 * The organisation that opens the sentence as its subject, before word `before`: the first mention,
 * within SUBJECT_OPENING_WORDS of the start, with no other organisation between it and the start.
 */
function sentenceSubjectOrg(ctx: SentenceContext, before: number): SMention | undefined {
  const first = [...ctx.mentions].sort((a, b) => a.from - b.from)[0];
  if (first === undefined || first.type !== 'Organization' || first.from > SUBJECT_OPENING_WORDS || first.to > before) return undefined;
  // Not a possessor ("Acme's unit Boltway …") nor an adjunct before a comma ("In Kalvon's case, …").
  const last = ctx.words[first.to - 1];
  if (last.stem !== last.text || ctx.words.slice(0, first.from).some((w) => w.text === ',')) return undefined;
  return first;
}

/** Words (a preposition, an article) that may stand between a verb of succession and the predecessor ("succède à", "folgt auf"). */
const SUCCESSION_GAP = 2;

/**
 * Where a verb of succession (a LEFT trigger whose leaver follows it: "succeed", "folgt auf",
 * "succède à", "sucede a", "opvolger van") ends right before `at`, the index it starts at; else -1.
 */
function successionBefore(ctx: SentenceContext, at: number): number {
  const verbs = triggerPhrases(ctx.pack, 'successionVerbs', () => ctx.pack.relations.triggers.filter((t) => t.relation === 'LEFT' && (t.subject === 'next' || t.subject === 'after')).flatMap((t) => t.forms));
  for (let k = at - 1; k >= Math.max(0, at - 1 - SUCCESSION_GAP - 1); k--) {
    const m = verbs.match(ctx.words, k);
    if (m && k + m.length <= at && at - (k + m.length) <= SUCCESSION_GAP) return k;
  }
  return -1;
}

/** For each word of the sentence, whether it stands inside a quotation: an odd number of quotation marks before it. */
function quotedWords(ctx: SentenceContext): boolean[] {
  const out: boolean[] = [];
  let open = false;
  for (const w of ctx.words) {
    out.push(open);
    if (QUOTE.test(w.text) && w.text !== "'" && w.text !== '’') open = !open;
  }
  return out;
}

/** Capitals of an acronym: a word opening a sentence in them is still a name ("ZT CEO Frank Zhang"). */
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&]{1,5}$/u;

/**
 * The word right before the title at `at` names what the title belongs to, and that is no
 * organisation kg found: a place ("US President", "ABD Başkanı"), or a capitalised word that
 * is no mention (an acronym even at a sentence start).
 */
function qualifiedByOther(ctx: SentenceContext, at: number): boolean {
  const w = ctx.words[at - 1];
  if (w === undefined || w.kind !== 'word') return false;
  const m = mentionAt(ctx, at - 1);
  if (m) return m.type === 'Location';
  if (!/^\p{Lu}/u.test(w.text) || stopwordsOf(ctx.pack).has(w.fold)) return false;
  return at - 1 > 0 ? !ctx.pack.capitalisesNouns || ACRONYM.test(w.text) : ACRONYM.test(w.text);
}

/** An organisation anaphor with a genitive ending ends right before word `at` ("the company’s senior vice president"). */
function anaphorGenitiveBefore(ctx: SentenceContext, at: number): boolean {
  const last = ctx.words[at - 1];
  if (!last || last.stem === last.text || last.bases.length < 2) return false;
  for (let k = Math.max(0, at - 3); k < at; k++) if (orgAnaphorAt(ctx, k, k + 1) === k && set(ctx, 'orgAnaphors', ctx.pack.entities.orgAnaphors).match(ctx.words, k)?.length === at - k) return true;
  return false;
}

/** The mention's last word carries a genitive ending ("Amazon's", "M&T’s", "Metas"). */
function isPossessor(ctx: SentenceContext, m: SMention): boolean {
  const last = ctx.words[m.to - 1];
  return last.stem !== last.text || last.bases.length > 1;
}
