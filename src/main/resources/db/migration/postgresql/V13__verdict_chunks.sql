-- Each run's verdicts packed a chunk of judged members to a row (VerdictChunks), keyed by the chunk's first
-- member: a row per verdict (eligibility_results) was 0.2 s of a 1M-row judging night to insert and as much
-- again to read back. eligibility_results keeps the rows of nights judged before this; they go as those
-- nights are forgotten.
CREATE TABLE verdict_chunks (
	run_date DATE NOT NULL,
	first_member_id VARCHAR(32) NOT NULL,
	verdict_count INT NOT NULL,
	verdicts BYTEA NOT NULL,
	PRIMARY KEY (run_date, first_member_id)
);
