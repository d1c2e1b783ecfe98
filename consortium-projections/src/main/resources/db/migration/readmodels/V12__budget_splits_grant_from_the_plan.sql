-- The budget's yearly grant and own share are no longer stored per year as each event rounded them: the query
-- splits the partner's grant over its planned lines (FundingSplit), so that years and lines add up to the total.
DROP TABLE budget_year;
