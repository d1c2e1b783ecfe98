-- A rebuild's reset and its move to REPLAYING now happen in one transaction (see ReplayCoordinator): a rebuild left
-- RESETTING by a node that died mid-way is requested again, so that a live node carries it out.
UPDATE processor_replay SET status = 'REQUESTED', reset_by = NULL WHERE status = 'RESETTING';
