-- Business tables of the nightly job. They live beside the job repository, on the same DataSource, so
-- that a chunk's rows and the step's metadata commit together: that is what makes a rerun exact.


-- The catalog as last published. Meetings that left the table stay, inactive, so that credits earned
-- at them keep their units.
CREATE TABLE meetings (
	-- M0001 in the reports is meeting_no 1.
	meeting_no INT NOT NULL PRIMARY KEY,
	category INT NOT NULL,
	group_name VARCHAR(100) NOT NULL,
	name VARCHAR(500) NOT NULL,
	former_names VARCHAR(4000) NOT NULL,
	society_required BOOLEAN NOT NULL,
	society_units DECIMAL(6,1),
	board_units DECIMAL(6,1) NOT NULL,
	lecture_cap DECIMAL(6,1) NOT NULL,
	published_order INT NOT NULL,
	active BOOLEAN NOT NULL
);

-- Every name a meeting has been published under, so that its id survives renames.
CREATE TABLE meeting_names (
	name_key VARCHAR(500) NOT NULL PRIMARY KEY,
	meeting_no INT NOT NULL
);

CREATE TABLE members (
	member_id VARCHAR(32) NOT NULL PRIMARY KEY,
	name VARCHAR(1000) NOT NULL,
	birth_date DATE NOT NULL,
	other_names VARCHAR(4000) NOT NULL
);

CREATE TABLE certifications (
	member_id VARCHAR(32) NOT NULL,
	certification VARCHAR(40) NOT NULL,
	expires_on DATE NOT NULL,
	grace BOOLEAN NOT NULL,
	clinical_units INT NOT NULL,
	PRIMARY KEY (member_id, certification)
);

-- One row per roster file name: the content last taken into the ledger and what became of its rows.
-- ingested_on is null while the file's ingestion has not completed.
CREATE TABLE roster_files (
	file_name VARCHAR(255) NOT NULL PRIMARY KEY,
	file_id INT NOT NULL UNIQUE,
	sha256 CHAR(64) NOT NULL,
	encoding VARCHAR(8) NOT NULL,
	run_date DATE NOT NULL,
	ingested_on DATE,
	accepted INT NOT NULL,
	rejected INT NOT NULL,
	duplicate INT NOT NULL
);

-- The codes the ledger stores instead of names, so that its rows stay narrow (see credits).
CREATE TABLE credit_types (
	code SMALLINT NOT NULL PRIMARY KEY,
	name VARCHAR(16) NOT NULL
);
INSERT INTO credit_types VALUES (1, 'ATTENDANCE');
INSERT INTO credit_types VALUES (2, 'SOCIETY_LECTURE');
INSERT INTO credit_types VALUES (3, 'COMMON_LECTURE');
INSERT INTO credit_types VALUES (4, 'DOMAIN_LECTURE');

CREATE TABLE topics (
	code SMALLINT NOT NULL PRIMARY KEY,
	name VARCHAR(40) NOT NULL
);
INSERT INTO topics VALUES (0, '');
INSERT INTO topics VALUES (1, '医療安全・放射線防護');
INSERT INTO topics VALUES (2, '医療倫理');
INSERT INTO topics VALUES (3, '医療の質:診断');
INSERT INTO topics VALUES (4, '医療の質:治療');
INSERT INTO topics VALUES (5, '医療安全');
INSERT INTO topics VALUES (6, '感染対策');
INSERT INTO topics VALUES (7, '医療法制');
INSERT INTO topics VALUES (8, '地域医療');
INSERT INTO topics VALUES (9, '医療福祉制度');
INSERT INTO topics VALUES (10, '医療経済');
INSERT INTO topics VALUES (11, '両立支援');
INSERT INTO topics VALUES (12, '診断');
INSERT INTO topics VALUES (13, '治療');
INSERT INTO topics VALUES (14, '診断・治療');

-- The ledger: every accepted roster row, with the file and line it came from. Its rows are narrow (codes,
-- not names) and it has no secondary index, because on HSQLDB's file storage each costs a quarter or more
-- of the ingestion speed (bench/RESULTS.md). The credits step reads it in member ranges; replacing or
-- withdrawing a file scans it once. The view ledger shows it with names.
CREATE TABLE credits (
	file_id INT NOT NULL,
	line_no INT NOT NULL,
	member_id VARCHAR(32) NOT NULL,
	meeting_no SMALLINT NOT NULL,
	held_on DATE NOT NULL,
	credit_type SMALLINT NOT NULL,
	lecture_id VARCHAR(100) NOT NULL,
	topic SMALLINT NOT NULL,
	units DECIMAL(4,1) NOT NULL
);

CREATE VIEW ledger AS
SELECT f.file_name, c.line_no, c.member_id,
       'M' || LPAD(CAST(c.meeting_no AS VARCHAR(4)), 4, '0') AS meeting_id, c.held_on,
       t.name AS credit_type, c.lecture_id, p.name AS topic, c.units
FROM credits c
JOIN roster_files f ON f.file_id = c.file_id
JOIN credit_types t ON t.code = c.credit_type
JOIN topics p ON p.code = c.topic;

-- Every problem of every rejected or duplicate roster row, for the reject reports.
CREATE TABLE roster_problems (
	file_id INT NOT NULL,
	line_no INT NOT NULL,
	seq INT NOT NULL,
	column_name VARCHAR(1000) NOT NULL,
	code VARCHAR(32) NOT NULL,
	message VARCHAR(4000) NOT NULL,
	cell_value VARCHAR(4000) NOT NULL
);
CREATE INDEX roster_problems_by_file ON roster_problems (file_id, line_no, seq);

-- What each run did with each roster file it saw (summary.csv). A file rejected as a whole keeps its
-- counts here, and its problems in run_file_problems, since it never reaches the ledger.
CREATE TABLE run_files (
	run_date DATE NOT NULL,
	file_name VARCHAR(255) NOT NULL,
	status VARCHAR(16) NOT NULL,
	data_rows INT NOT NULL,
	rejected INT NOT NULL,
	previous_accepted INT,
	PRIMARY KEY (run_date, file_name)
);

CREATE TABLE run_file_problems (
	run_date DATE NOT NULL,
	file_name VARCHAR(255) NOT NULL,
	seq INT NOT NULL,
	column_name VARCHAR(1000) NOT NULL,
	code VARCHAR(32) NOT NULL,
	message VARCHAR(4000) NOT NULL,
	cell_value VARCHAR(4000) NOT NULL,
	PRIMARY KEY (run_date, file_name, seq)
);

-- Each run's verdicts, kept for the next run's "what changed" summary.
CREATE TABLE eligibility_results (
	run_date DATE NOT NULL,
	member_id VARCHAR(32) NOT NULL,
	certification VARCHAR(40) NOT NULL,
	status VARCHAR(8) NOT NULL,
	unmet VARCHAR(2000) NOT NULL,
	PRIMARY KEY (run_date, member_id, certification)
);
