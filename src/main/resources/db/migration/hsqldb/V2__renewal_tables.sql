-- Business tables of the nightly job. They live beside the job repository, on the same DataSource, so
-- that a chunk's rows and the step's metadata commit together: that is what makes a rerun exact.
-- CACHED tables keep their rows on disk, so the ledger can grow beyond the heap.

-- The catalog as last published. Meetings that left the table stay, inactive, so that credits earned
-- at them keep their units.
CREATE CACHED TABLE meetings (
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
CREATE CACHED TABLE meeting_names (
	name_key VARCHAR(500) NOT NULL PRIMARY KEY,
	meeting_no INT NOT NULL
);

CREATE CACHED TABLE members (
	member_id VARCHAR(32) NOT NULL PRIMARY KEY,
	name VARCHAR(1000) NOT NULL,
	birth_date DATE NOT NULL,
	other_names VARCHAR(4000) NOT NULL
);

CREATE CACHED TABLE certifications (
	member_id VARCHAR(32) NOT NULL,
	certification VARCHAR(40) NOT NULL,
	expires_on DATE NOT NULL,
	grace BOOLEAN NOT NULL,
	clinical_units INT NOT NULL,
	PRIMARY KEY (member_id, certification)
);

-- One row per roster file name: the content last taken into the ledger and what became of its rows.
-- ingested_on is null while the file's ingestion has not completed.
CREATE CACHED TABLE roster_files (
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

-- The ledger: every accepted roster row, kept in the chunks ingestion wrote it in. One row per chunk of
-- a roster file (up to the chunk size, 2,000 credits by default), the credits packed in a small binary
-- form (jp.or.jrs.renewal.ledger.LedgerChunks). A database row per credit would make the database the
-- night's bottleneck (on HSQLDB's file storage, insert and commit cost about 5 µs a row: bench/RESULTS.md);
-- a row per chunk makes ingestion as fast as reading and checking the rosters. The `ledger` command lists
-- the credits; replacing or withdrawing a file deletes its chunks.
CREATE CACHED TABLE ledger_chunks (
	file_id INT NOT NULL,
	first_line INT NOT NULL,
	credit_count INT NOT NULL,
	credits VARBINARY(16777216) NOT NULL,
	PRIMARY KEY (file_id, first_line)
);

-- Every problem of every rejected or duplicate roster row, for the reject reports.
CREATE CACHED TABLE roster_problems (
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
CREATE CACHED TABLE run_files (
	run_date DATE NOT NULL,
	file_name VARCHAR(255) NOT NULL,
	status VARCHAR(16) NOT NULL,
	data_rows INT NOT NULL,
	rejected INT NOT NULL,
	previous_accepted INT,
	PRIMARY KEY (run_date, file_name)
);

CREATE CACHED TABLE run_file_problems (
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
CREATE CACHED TABLE eligibility_results (
	run_date DATE NOT NULL,
	member_id VARCHAR(32) NOT NULL,
	certification VARCHAR(40) NOT NULL,
	status VARCHAR(8) NOT NULL,
	unmet VARCHAR(2000) NOT NULL,
	PRIMARY KEY (run_date, member_id, certification)
);
