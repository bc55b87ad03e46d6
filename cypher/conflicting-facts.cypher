// Facts whose sources disagree (for example 14.3 vs 14 billion): the consolidated value kg
// chose next to what each source says, with the language and document of each claim.
MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.conflict = true
RETURN s.name AS subject,
       type(r) AS relation,
       o.name AS object,
       r.amount AS consolidatedAmount,
       r.claimAmounts AS claimedAmounts,
       r.claimLangs AS languages,
       r.claimDocs AS documents,
       r.evidence AS evidence
ORDER BY subject, relation, object;
