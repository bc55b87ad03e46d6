// Who invested in whom, and how much? One row per investment: the amount most sources agree
// on, the stake and valuation, every amount the sources state (claimedAmounts) and whether
// they disagree.
MATCH (investor:Entity)-[r:INVESTED_IN]->(target:Entity)
RETURN investor.name AS investor,
       target.name AS target,
       r.amount AS amount,
       r.currency AS currency,
       r.stake AS stake,
       r.valuation AS valuation,
       [a IN coalesce(r.claimAmounts, []) WHERE NOT isNaN(a)] AS claimedAmounts,
       r.conflict AS sourcesDisagree,
       r.sourceCount AS sources
ORDER BY amount DESC, investor, target;
