// People moves: who joined or left which organization or lab, and who is chief executive of
// what (interim marks an acting CEO). One row per move, with one sentence that states it.
MATCH (p:Person)-[r:JOINED|LEFT|CEO_OF]->(org:Entity)
RETURN p.name AS person,
       type(r) AS move,
       org.name AS organization,
       org.type AS organizationType,
       coalesce(r.interim, false) AS interim,
       r.sourceCount AS sources,
       r.evidence[0] AS evidence
ORDER BY person, move, organization;
