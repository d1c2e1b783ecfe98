-- The disbursements read model now names who approved and who paid (V13). The events recorded before carry both, so
-- where requests were approved or paid already, the read model is rebuilt once from the history, by all nodes
-- together like any rebuild an operator requests. A new installation has nothing to rebuild.
DELETE FROM processor_replay WHERE processor_name = 'disbursements' AND status = 'DONE'
    AND EXISTS (SELECT 1 FROM disbursement WHERE approved_on IS NOT NULL);
INSERT INTO processor_replay (processor_name, status, requested_by, requested_at)
SELECT 'disbursements', 'REQUESTED', 'migration V14', CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM processor_replay WHERE processor_name = 'disbursements')
    AND EXISTS (SELECT 1 FROM disbursement WHERE approved_on IS NOT NULL);
