-- Roster files withdrawn by the office: what was removed, who did it, when and why. A withdrawn file whose
-- content comes again is not taken in again; a new version of it is. reported_on is the run whose summary
-- first listed the withdrawal.
CREATE TABLE withdrawals (
	file_name VARCHAR(255) NOT NULL,
	sha256 CHAR(64) NOT NULL,
	withdrawn_at TIMESTAMP(0) NOT NULL,
	withdrawn_by VARCHAR(200) NOT NULL,
	reason VARCHAR(2000) NOT NULL,
	credits_removed INT NOT NULL,
	reported_on DATE,
	PRIMARY KEY (file_name, sha256)
);

-- What the catalog and member tables were last loaded from (a hash of the rows stored), so that a night
-- whose published table and member files did not change leaves those tables alone.
CREATE TABLE input_fingerprints (
	input VARCHAR(40) NOT NULL PRIMARY KEY,
	sha256 CHAR(64) NOT NULL
);

-- The nights that judged every certification: what their verdicts were computed from (a fingerprint of
-- the ledger's files, members, certifications, catalog, rules and program) and the hashes of the files
-- they wrote. A night whose fingerprint equals the last one's carries those verdicts over.
CREATE TABLE verdict_runs (
	run_date DATE NOT NULL PRIMARY KEY,
	fingerprint CHAR(64) NOT NULL,
	eligibility_sha256 CHAR(64) NOT NULL,
	requirements_sha256 CHAR(64) NOT NULL,
	carried_from DATE
);
