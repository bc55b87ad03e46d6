/** Check boxes that hide entity types and relations. */
import { el } from './dom.js';

export interface FilterItem {
  value: string;
  count: number;
  color?: string;
}

export function renderFilterGroup(fieldset: HTMLElement, name: string, items: readonly FilterItem[], hidden: Set<string>, onChange: () => void): void {
  for (const item of items) {
    const id = `kg-filter-${name}-${item.value}`;
    const box = el('input', { attrs: { type: 'checkbox', id, value: item.value, 'data-filter': name } });
    box.checked = !hidden.has(item.value);
    box.addEventListener('change', () => {
      if (box.checked) hidden.delete(item.value);
      else hidden.add(item.value);
      onChange();
    });
    const swatch = item.color ? el('span', { className: 'kg-swatch', attrs: { 'aria-hidden': 'true' } }) : null;
    if (swatch && item.color) swatch.style.backgroundColor = item.color;
    fieldset.append(el('div', { className: 'kg-filter' }, [box, el('label', { attrs: { for: id } }, [swatch, `${item.value} (${item.count})`])]));
  }
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): FilterItem[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([value, count]) => ({ value, count }));
}
