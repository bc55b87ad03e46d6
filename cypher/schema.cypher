// The kg schema: what `kg load` runs before loading (src/neo4j/statements.ts holds the same
// statements; a test keeps the two equal). Safe to run again: every statement is IF NOT EXISTS.
//   cypher-shell -u neo4j -p "$NEO4J_PASSWORD" -f cypher/schema.cypher

// One node per entity and per document.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;

// Exact look-ups by canonical name: MATCH (e:Entity {name: 'Meta'}).
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);

// Any name or alias, in any script: CALL db.index.fulltext.queryNodes('entity_names', 'ميتا').
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases];
