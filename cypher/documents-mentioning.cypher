// Documents that mention an entity (by its name or any alias), most mentions first.
:param name => 'Scale AI';

MATCH (d:Document)-[m:MENTIONS]->(e:Entity)
WHERE e.name = $name OR $name IN e.aliases
RETURN d.title AS document,
       d.lang AS lang,
       d.path AS path,
       m.count AS mentions
ORDER BY mentions DESC, path;
