-- No read uses this index: every lookup of a measurement's versions goes through
-- (measurement_id, version), which the planner prefers for the same first column (over a full
-- bench run — stored statuses and their history for 2 000 series, every read, an import of
-- 100 000 rows — it was scanned 0 times). Each version written still paid for it: 41 MB at
-- scale 1, and one more index entry per row of an import.
DROP INDEX "measurement_version_measurement_id_validated_at_idx";
