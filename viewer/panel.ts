/**
 * The side panel: an entity's names, facts and documents; a fact's consolidated qualifiers
 * and every claim with its sentence and source document. Built with el() only.
 */
import { formatQualifiers } from '../src/model/format.js';
import type { FactView } from '../src/snapshot/views.js';
import { clear, el, safeHttpUrl, safeLang } from './dom.js';
import type { Pair, ViewerModel } from './model.js';

/** Titles are often a whole first sentence; the panel shows this much (the rest on hover). */
const DOC_TITLE_CHARS = 70;

export interface PanelActions {
  selectNode(key: string): void;
  selectFact(key: string): void;
}

function entityName(model: ViewerModel, key: string): string {
  return model.entity.get(key)?.name ?? key;
}

function swatch(color: string): HTMLElement {
  const s = el('span', { className: 'kg-swatch', attrs: { 'aria-hidden': 'true' } });
  s.style.backgroundColor = color;
  return s;
}

function entityButton(model: ViewerModel, key: string, actions: PanelActions): HTMLElement {
  const button = el('button', { className: 'kg-link', text: entityName(model, key), attrs: { type: 'button', dir: 'auto', 'data-entity': key } });
  button.addEventListener('click', () => actions.selectNode(key));
  return button;
}

/** What a fact that no claim asserts is, in words: it is never shown as done. */
const STATUS_TEXT: Readonly<Record<string, string>> = {
  negated: 'denied or negated — not a fact',
  possible: 'possible — not completed',
  reported_talks: 'in talks or rumoured — not completed',
  planned: 'planned — not completed',
};

function factSummary(fact: FactView): string {
  const q = formatQualifiers(fact);
  const claims = `${fact.claims.length} claim${fact.claims.length === 1 ? '' : 's'}`;
  const status = fact.status !== undefined ? STATUS_TEXT[fact.status] : '';
  const ended = fact.current === false ? `ended${fact.endedAt ? ` ${fact.endedAt}` : ''}` : '';
  return [status, q, claims, ended, fact.conflict ? 'sources disagree' : ''].filter(Boolean).join(' · ');
}

/** One line per fact of an entity, as a button that opens the fact. */
function factButton(model: ViewerModel, fact: FactView, from: string | undefined, actions: PanelActions): HTMLElement {
  const outgoing = from === undefined || fact.source === from;
  const other = outgoing ? fact.target : fact.source;
  const arrow = fact.symmetric ? '↔' : outgoing ? '→' : '←';
  const button = el('button', { className: 'kg-fact', attrs: { type: 'button', 'data-fact': fact.key, 'data-relation': fact.type } }, [
    el('span', { className: 'kg-fact-head' }, [
      el('span', { className: 'kg-arrow', text: arrow }),
      el('span', { className: 'kg-relation', text: fact.type }),
      el('span', { className: 'kg-other', text: from === undefined ? `${entityName(model, fact.source)} → ${entityName(model, fact.target)}` : entityName(model, other), attrs: { dir: 'auto' } }),
    ]),
    el('span', { className: 'kg-fact-summary', text: factSummary(fact) }),
  ]);
  button.addEventListener('click', () => actions.selectFact(fact.key));
  return button;
}

export function renderEntity(panel: HTMLElement, model: ViewerModel, key: string, actions: PanelActions): void {
  clear(panel);
  panel.scrollTop = 0;
  const entity = model.entity.get(key);
  if (!entity) return;
  const mentions = model.mentionsOf.get(key) ?? [];
  panel.append(
    el('h2', { text: entity.name, attrs: { dir: 'auto', 'data-entity': key } }),
    el('p', { className: 'kg-type' }, [
      swatch(entity.color),
      `${entity.type} · ${entity.mentions} mention${entity.mentions === 1 ? '' : 's'} in ${mentions.length} document${mentions.length === 1 ? '' : 's'}`,
    ]),
  );

  const names = el('dl', { className: 'kg-names' });
  const langs = Object.keys(entity.aliasesByLang).sort();
  const seen = new Set<string>();
  for (const lang of langs) {
    const forms = entity.aliasesByLang[lang] ?? [];
    forms.forEach((f) => seen.add(f));
    names.append(el('dt', { text: lang }), el('dd', { text: forms.join(', '), attrs: { lang: safeLang(lang), dir: 'auto' } }));
  }
  const other = entity.aliases.filter((a) => !seen.has(a));
  if (other.length > 0) names.append(el('dt', { text: langs.length ? 'other' : 'names' }), el('dd', { text: other.join(', '), attrs: { dir: 'auto' } }));
  panel.append(el('h3', { text: 'Names' }), names);

  const facts = model.factsOf.get(key) ?? [];
  panel.append(el('h3', { text: `Facts (${facts.length})` }));
  if (facts.length === 0) panel.append(el('p', { className: 'kg-hint', text: 'No facts about this entity.' }));
  else {
    panel.append(
      el(
        'ul',
        { className: 'kg-facts' },
        facts.map((f) =>
          el('li', {}, [
            factButton(model, f, key, actions),
            // The evidence right here too, folded, so a node's panel answers "says who?".
            el('details', { className: 'kg-evidence' }, [
              el('summary', { text: `Evidence (${f.claims.length})` }),
              claimList(model, f),
            ]),
          ]),
        ),
      ),
    );
  }

  panel.append(el('h3', { text: `Documents (${mentions.length})` }));
  panel.append(
    el(
      'ul',
      { className: 'kg-docs' },
      [...mentions].sort((a, b) => b.count - a.count).map((m) => el('li', {}, [documentLine(model, m.doc), ` · ${m.count}×`])),
    ),
  );
}

function documentLine(model: ViewerModel, key: string): HTMLElement {
  const doc = model.document.get(key);
  if (!doc) return el('span', { className: 'kg-doc', text: key });
  const href = safeHttpUrl(doc.url);
  const full = doc.title || doc.path;
  const shown = full.length > DOC_TITLE_CHARS ? `${full.slice(0, DOC_TITLE_CHARS - 1)}…` : full;
  const title = el('span', { className: 'kg-doc-title', text: shown, attrs: { dir: 'auto', lang: safeLang(doc.lang), title: full } });
  return el('span', { className: 'kg-doc', attrs: { 'data-doc': key } }, [
    href ? el('a', { attrs: { href, target: '_blank', rel: 'noopener noreferrer' } }, [title]) : title,
    el('span', { className: 'kg-doc-meta', text: ` (${[doc.path, doc.lang, doc.publishedAt].filter(Boolean).join(', ')})` }),
  ]);
}

export function renderFact(panel: HTMLElement, model: ViewerModel, key: string, actions: PanelActions): void {
  clear(panel);
  panel.scrollTop = 0;
  const fact = model.fact.get(key);
  if (!fact) return;
  panel.append(
    el('h2', { className: 'kg-fact-title', attrs: { 'data-fact': key } }, [
      entityButton(model, fact.source, actions),
      el('span', { className: 'kg-relation', text: ` ${fact.symmetric ? '↔' : '→'} ${fact.type} ${fact.symmetric ? '↔' : '→'} ` }),
      entityButton(model, fact.target, actions),
    ]),
  );
  const q = formatQualifiers(fact);
  panel.append(
    el('p', { className: 'kg-consolidated' }, [
      q ? el('strong', { text: q }) : null,
      `${q ? ' · ' : ''}${fact.sources} source${fact.sources === 1 ? '' : 's'} · confidence ${fact.confidence}`,
    ]),
  );
  if (fact.status !== undefined) {
    panel.append(el('p', { className: 'kg-status', attrs: { 'data-status': fact.status }, text: `No source states this as done: ${STATUS_TEXT[fact.status] ?? fact.status}.` }));
  }
  if (fact.current === false) {
    panel.append(el('p', { className: 'kg-status', attrs: { 'data-status': 'ended' }, text: `No longer current${fact.endedAt ? ` (since ${fact.endedAt})` : ''}: ${fact.endedBy === 'left' ? 'a later article reports the departure' : fact.endedBy === 'successor' ? 'a later article names a successor' : 'a later article calls the role former'}.` }));
  }
  if (fact.firstSeen !== undefined) panel.append(el('p', { className: 'kg-doc-meta', text: `first seen ${fact.firstSeen}, last seen ${fact.lastSeen ?? fact.firstSeen}` }));
  if (fact.conflict) {
    panel.append(el('p', { className: 'kg-conflict', text: 'Sources disagree: the value above is the consolidated one; each claim keeps its own value below.' }));
  }
  panel.append(el('h3', { text: `Claims (${fact.claims.length})` }), claimList(model, fact));
}

/** Every claim of a fact: its own qualifiers, the sentence in its language, the source. */
function claimList(model: ViewerModel, fact: FactView): HTMLElement {
  const list = el('ol', { className: 'kg-claims' });
  for (const claim of fact.claims) {
    const cq = formatQualifiers(claim);
    list.append(
      el('li', { className: 'kg-claim' }, [
        cq ? el('p', { className: 'kg-claim-amount', text: cq }) : null,
        el('blockquote', { className: 'kg-sentence', text: claim.sentence, attrs: { lang: safeLang(claim.lang), dir: 'auto' } }),
        el('p', { className: 'kg-source' }, [documentLine(model, claim.doc), el('span', { className: 'kg-doc-meta', text: ` chars ${claim.start}–${claim.end}` })]),
        claim.status !== undefined || claim.former ? el('p', { className: 'kg-claim-status', text: [claim.status?.replace('_', ' '), claim.former ? 'former role' : ''].filter(Boolean).join(' · ') }) : null,
        el('p', { className: 'kg-rule', text: `rule ${claim.ruleId} · confidence ${claim.confidence}${claim.date ? ` · ${claim.date}` : ''}` }),
      ]),
    );
  }
  return list;
}

export function renderPair(panel: HTMLElement, model: ViewerModel, pair: Pair, actions: PanelActions): void {
  if (pair.facts.length === 1) {
    renderFact(panel, model, pair.facts[0].key, actions);
    return;
  }
  clear(panel);
  panel.scrollTop = 0;
  panel.append(
    el('h2', {}, [entityButton(model, pair.source, actions), el('span', { text: ' → ' }), entityButton(model, pair.target, actions)]),
    el('h3', { text: `Facts (${pair.facts.length})` }),
    el('ul', { className: 'kg-facts' }, pair.facts.map((f) => el('li', {}, [factButton(model, f, undefined, actions)]))),
  );
}
