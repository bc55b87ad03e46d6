// Spending plans by year: what each organization plans to spend on what, as a single amount
// or a range (amountFrom to amountTo), and how many documents say so.
MATCH (org:Organization)-[r:PLANS_SPENDING]->(topic:Topic)
RETURN r.year AS year,
       org.name AS organization,
       topic.name AS topic,
       coalesce(r.amount, r.amountMin) AS amountFrom,
       coalesce(r.amount, r.amountMax) AS amountTo,
       r.currency AS currency,
       r.sourceCount AS sources
ORDER BY year, organization, amountTo DESC;
