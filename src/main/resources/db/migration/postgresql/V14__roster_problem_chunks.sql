-- The problems of a chunk of a roster file packed to a row (ProblemChunks), keyed by the chunk's first
-- problem line: a row per problem (roster_problems) meant HSQLDB placing each in its on-disk index during the
-- ingestion, a tenth of the ingest threads' time in a first 1M-row night. roster_problems keeps the rows of
-- files ingested before this; they go with their files (a corrected or withdrawn file removes both).
CREATE TABLE roster_problem_chunks (
	file_id INT NOT NULL,
	first_line INT NOT NULL,
	problem_count INT NOT NULL,
	problems BYTEA NOT NULL,
	PRIMARY KEY (file_id, first_line)
);
