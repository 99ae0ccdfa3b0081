-- Schema version 4: the problem-case lifecycle. open → assigned → waiting on the carrier or the
-- customer → resolved with a resolution code; a claim deadline for lost and damaged parcels; why
-- the case was opened; when it last changed. At most one unresolved case per shipment and kind.
ALTER TABLE problem_cases ADD COLUMN claim_due_at INTEGER;
ALTER TABLE problem_cases ADD COLUMN details TEXT;
ALTER TABLE problem_cases ADD COLUMN updated_at INTEGER;
UPDATE problem_cases SET updated_at = COALESCE(resolved_at, opened_at);
UPDATE problem_cases SET state = 'assigned' WHERE state = 'in_progress';
-- Older data may hold two unresolved cases of one kind for a shipment: the newest stays open.
UPDATE problem_cases SET state = 'resolved', resolution_code = 'duplicate',
    resolved_at = opened_at
WHERE state != 'resolved' AND id NOT IN (
    SELECT max(id) FROM problem_cases WHERE state != 'resolved' GROUP BY shipment_id, kind);
CREATE UNIQUE INDEX problem_cases_one_open ON problem_cases(shipment_id, kind)
    WHERE state != 'resolved';
