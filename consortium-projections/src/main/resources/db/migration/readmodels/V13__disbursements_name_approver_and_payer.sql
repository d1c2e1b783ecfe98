-- The disbursement timeline names who approved and who paid each request, as the events record them.
ALTER TABLE disbursement ADD COLUMN approved_by VARCHAR(255);
ALTER TABLE disbursement ADD COLUMN paid_by VARCHAR(255);
