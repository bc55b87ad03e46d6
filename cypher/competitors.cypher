// Competitors of an organization. COMPETES_WITH is symmetric and stored once, so the
// pattern has no arrow.
:param name => 'Meta';

MATCH (org:Organization)-[r:COMPETES_WITH]-(rival:Organization)
WHERE org.name = $name OR $name IN org.aliases
RETURN rival.name AS competitor,
       r.sourceCount AS sources,
       r.evidence[0] AS evidence
ORDER BY competitor;
