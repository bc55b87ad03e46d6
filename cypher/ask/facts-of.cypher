// kg ask / kg entity --neo4j: every fact in and out of one entity ($id), with the
// properties the loader writes (qualifiers, claims as parallel lists) and the path and
// title of each document its claims cite. MENTIONS start at documents, so (:Entity) at
// both ends keeps only facts.
MATCH (:Entity {id: $id})-[r]-(:Entity)
WITH DISTINCT r
OPTIONAL MATCH (d:Document) WHERE d.id IN coalesce(r.claimDocs, [])
WITH r, collect(d) AS docs
WITH r, docs, startNode(r) AS s, endNode(r) AS t
RETURN type(r) AS relation,
       properties(r) AS props,
       s.id AS sourceId, s.name AS sourceName, s.type AS sourceType,
       t.id AS targetId, t.name AS targetName, t.type AS targetType,
       [doc IN docs | {id: doc.id, path: doc.path, title: doc.title}] AS documents
ORDER BY r.key
