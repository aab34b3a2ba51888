-- What the members step last made of the member files: a night whose members.csv and certifications.csv
-- (their bytes), rule files and build are those of the last load gets the same counts and reject reports,
-- so it replays them instead of reading and checking every row again (1.5-1.8 s of a 10M-row night).
-- One row: a load under another key replaces it. The reject reports as they were written, or null when
-- the file had no rejected row (no report then).
CREATE CACHED TABLE member_loads (
	load_key CHAR(64) NOT NULL PRIMARY KEY,
	members_rows INT NOT NULL,
	members_accepted INT NOT NULL,
	members_rejected INT NOT NULL,
	certifications_rows INT NOT NULL,
	certifications_accepted INT NOT NULL,
	certifications_rejected INT NOT NULL,
	members_rejects VARBINARY(16777216),
	certifications_rejects VARBINARY(16777216)
);
