// The evidence behind one fact: each sentence that states it, in its own language, with the
// document it comes from, the extraction rule and the amount that sentence gives.
// Change the three parameters to ask about another fact (relation: a type from DESIGN.md).
:param subject => 'Meta';
:param relation => 'INVESTED_IN';
:param object => 'Scale AI';

MATCH (s:Entity {name: $subject})-[r]->(o:Entity {name: $object})
WHERE type(r) = $relation
UNWIND range(0, size(r.evidence) - 1) AS i
MATCH (d:Document {id: r.claimDocs[i]})
RETURN i + 1 AS claim,
       r.claimLangs[i] AS lang,
       r.evidence[i] AS sentence,
       r.claimAmounts[i] AS amount,
       d.title AS document,
       d.path AS path,
       r.claimRuleIds[i] AS rule,
       r.claimConfidences[i] AS confidence
ORDER BY claim;
