// What is in the database: how many entities of each type, and how many facts of each
// relation, with how many of those have sources that disagree.
CALL () {
  MATCH (e:Entity)
  RETURN 'entity' AS kind, e.type AS name, count(*) AS total, 0 AS disputed
  UNION ALL
  MATCH (:Entity)-[r]->(:Entity)
  RETURN 'fact' AS kind, type(r) AS name, count(*) AS total, sum(CASE WHEN r.conflict THEN 1 ELSE 0 END) AS disputed
}
RETURN kind, name, total, disputed
ORDER BY kind, total DESC, name;
