/**
 * When a snapshot entity "stands for" a gold entity (README rule 1): any of its name and
 * aliases normalises to the gold name or, when the gold document lists that entity, to
 * one of its gold aliases.
 */
import type { EntityView } from '../snapshot/views.js';
import type { GoldDoc } from './gold.js';
import { normalizeName } from './normalize.js';

/** A snapshot entity as the scorer sees it. */
export interface ScoredEntity {
  key: string;
  name: string;
  /** Normalised name and aliases. */
  forms: ReadonlySet<string>;
}

export function scoredEntity(entity: Pick<EntityView, 'key' | 'name' | 'aliases'>): ScoredEntity {
  const forms = new Set<string>();
  for (const s of [entity.name, ...entity.aliases]) {
    const n = normalizeName(s);
    if (n !== '') forms.add(n);
  }
  return { key: entity.key, name: entity.name, forms };
}

/** Resolves a gold name to every normalised form that counts as it within one gold document. */
export type GoldNameForms = (name: string) => ReadonlySet<string>;

export function goldNameForms(doc: GoldDoc): GoldNameForms {
  const entityForms = doc.entities.map((e) => new Set([e.name, ...e.aliases].map(normalizeName).filter((n) => n !== '')));
  const cache = new Map<string, ReadonlySet<string>>();
  return (name: string) => {
    const cached = cache.get(name);
    if (cached) return cached;
    const n = normalizeName(name);
    const forms = new Set([n]);
    // A fact may name the entity by an alias; either way the whole entry counts.
    for (const set of entityForms) if (set.has(n)) for (const f of set) forms.add(f);
    cache.set(name, forms);
    return forms;
  };
}

export function standsFor(entity: ScoredEntity, goldForms: ReadonlySet<string>): boolean {
  for (const f of entity.forms) if (goldForms.has(f)) return true;
  return false;
}
