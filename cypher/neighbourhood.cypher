// The neighbourhood of an entity: every entity within two fact hops, as paths Neo4j Browser
// draws as a graph (documents left out). The table view lists the names along each path.
:param name => 'Alexandr Wang';

MATCH (e:Entity)
WHERE e.name = $name OR $name IN e.aliases
MATCH path = (e)-[*1..2]-(other:Entity)
WHERE all(n IN nodes(path) WHERE n:Entity) AND other <> e
RETURN path,
       [n IN nodes(path) | n.name] AS names,
       [rel IN relationships(path) | type(rel)] AS relations
LIMIT 300;
