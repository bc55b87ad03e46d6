// Everything about one entity, found by any of its names in any script (here the Arabic
// "ميتا" for Meta) through the full-text index: each fact it takes part in, either way.
// An exact name or alias wins over a partial full-text match.
:param alias => 'ميتا';

CALL db.index.fulltext.queryNodes('entity_names', '"' + replace($alias, '"', ' ') + '"') YIELD node, score
WITH node AS e, score
ORDER BY (e.name = $alias OR $alias IN e.aliases) DESC, score DESC
LIMIT 1
MATCH (e)-[r]-(other:Entity)
RETURN e.name AS entity,
       e.type AS type,
       e.aliases AS aliases,
       CASE WHEN startNode(r) = e THEN type(r) ELSE '<-' + type(r) END AS relation,
       other.name AS other,
       coalesce(r.amount, r.amountMax) AS amount,
       r.year AS year,
       r.sourceCount AS sources
ORDER BY relation, other;
