// kg ask "what connects X and Y" --neo4j: every shortest chain of facts between two
// entities ($from, $to), direction ignored, at most 6 facts long (MAX_PATH_LENGTH in
// src/query/paths.ts). Only fact relationship types are followed, never MENTIONS.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:INVESTED_IN|ACQUIRED|OWNS|PARTNERS_WITH|COMPETES_WITH|SUPPLIES|DEVELOPS|CEO_OF|FOUNDED|JOINED|LEFT|BOARD_MEMBER_OF|WORKS_FOR|PART_OF|PLANS_SPENDING|BUILDS*..6]-(b))
RETURN [n IN nodes(p) | n.id] AS ids
