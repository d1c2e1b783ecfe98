-- The budget read model now follows plan and drawdown per phase (V15). The events recorded before carry the phases,
-- so where a budget exists already, the read model is rebuilt once from the history, by all nodes together like any
-- rebuild an operator requests. A new installation has nothing to rebuild.
DELETE FROM processor_replay WHERE processor_name = 'budget' AND status = 'DONE'
    AND EXISTS (SELECT 1 FROM budget_partner);
INSERT INTO processor_replay (processor_name, status, requested_by, requested_at)
SELECT 'budget', 'REQUESTED', 'migration V16', CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM processor_replay WHERE processor_name = 'budget')
    AND EXISTS (SELECT 1 FROM budget_partner);
