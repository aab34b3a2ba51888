-- shortfall.csv is written with the verdicts (the credits step) instead of being derived again from
-- requirements.csv by every night's reports step; like the other two files, a night that carries the
-- verdicts over copies it once its checksum is found unchanged. Nights recorded before this have none,
-- so the first night after it judges again.
ALTER TABLE verdict_runs ADD COLUMN shortfall_sha256 CHAR(64);
