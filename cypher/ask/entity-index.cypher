// kg ask / kg entity --neo4j: every entity with its names, the table names are matched
// against (by the same matcher as the snapshot backend, so both resolve a name alike).
MATCH (e:Entity)
RETURN e.id AS id,
       e.name AS name,
       e.type AS type,
       coalesce(e.aliases, []) AS aliases,
       coalesce(e.languages, []) AS languages,
       coalesce(e.aliasesByLang, '{}') AS aliasesByLang,
       coalesce(e.mentions, 0) AS mentions,
       coalesce(e.mergedBy, []) AS mergedBy,
       e.externalId AS externalId
ORDER BY id
