import { describe, expect, it } from 'vitest';
import { decodeAttributes, EDGE_COLUMNS, encodeValue, GRAPH_COLUMNS, NODE_COLUMNS } from '../../src/export/attributes.js';
import {
  DocumentAttributesSchema,
  EntityAttributesSchema,
  FactEdgeAttributesSchema,
  GraphAttributesSchema,
  MentionEdgeAttributesSchema,
} from '../../src/snapshot/schema.js';

const names = (columns: ReadonlyArray<{ name: string }>) => columns.map((c) => c.name);

describe('export attribute model', () => {
  it('declares every attribute the snapshot contract allows, so GraphML/GEXF lose nothing', () => {
    for (const key of [...Object.keys(EntityAttributesSchema.shape), ...Object.keys(DocumentAttributesSchema.shape)]) {
      expect(names(NODE_COLUMNS)).toContain(key);
    }
    for (const key of [...Object.keys(FactEdgeAttributesSchema.shape), ...Object.keys(MentionEdgeAttributesSchema.shape)]) {
      expect(names(EDGE_COLUMNS)).toContain(key);
    }
    expect(names(GRAPH_COLUMNS).sort()).toEqual(Object.keys(GraphAttributesSchema.shape).sort());
  });

  it('writes lists and objects as JSON and reads them back', () => {
    const aliases = ['Meta', 'ميتا', 'a, b | c "quoted"'];
    const text = encodeValue({ name: 'aliases', type: 'strings' }, aliases)!;
    expect(decodeAttributes({ aliases: text, label: 'x' }, NODE_COLUMNS)).toEqual({ aliases });
    expect(encodeValue({ name: 'interim', type: 'boolean' }, true)).toBe('true');
    expect(encodeValue({ name: 'amount', type: 'double' }, undefined)).toBeUndefined();
  });
});
