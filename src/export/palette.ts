/**
 * Colours and sizes shared by the GEXF export (viz attributes for Gephi) and the HTML viewer,
 * so a graph looks the same wherever it is opened. Pure data: the viewer bundles this file.
 */
import type { EntityType } from '../model/types.js';

/** One colour per entity type (Tableau 10), chosen to stay distinct for colour-blind readers. */
export const ENTITY_COLORS: Readonly<Record<EntityType, string>> = {
  Person: '#4e79a7',
  Organization: '#f28e2b',
  OrgUnit: '#e15759',
  Product: '#76b7b2',
  Facility: '#59a14f',
  Location: '#edc948',
  Topic: '#b07aa1',
};

export const DOCUMENT_COLOR = '#9c9c9c';

export const MIN_NODE_SIZE = 4;
export const MAX_NODE_SIZE = 20;
/** Size grows with the square root of mentions so one very common entity does not swamp the rest. */
const SIZE_PER_SQRT_MENTION = 2.5;

export function nodeSize(mentions: number): number {
  const size = MIN_NODE_SIZE + SIZE_PER_SQRT_MENTION * Math.sqrt(Math.max(0, mentions));
  return Math.round(Math.min(MAX_NODE_SIZE, size) * 100) / 100;
}

export function hexToRgb(hex: string): { r: number; g: number; b: number } {
  const n = Number.parseInt(hex.slice(1), 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}
