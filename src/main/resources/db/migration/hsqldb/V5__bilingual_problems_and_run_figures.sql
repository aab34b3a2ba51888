-- Every reject message in Japanese beside the English: organizers are Japanese office staff.
ALTER TABLE roster_problems ADD COLUMN message_ja VARCHAR(4000) DEFAULT '' NOT NULL;
ALTER TABLE run_file_problems ADD COLUMN message_ja VARCHAR(4000) DEFAULT '' NOT NULL;

-- Each run's figures, kept for the office dashboard's history of runs (eligibility_results keeps only the
-- last two runs): what the roster files of the run came to, and the verdicts per certification.
CREATE TABLE run_figures (
	run_date DATE NOT NULL PRIMARY KEY,
	roster_files INT NOT NULL,
	data_rows INT NOT NULL,
	accepted INT NOT NULL,
	rejected INT NOT NULL,
	duplicate INT NOT NULL,
	rejected_files INT NOT NULL,
	carried_from DATE
);

CREATE TABLE run_certification_figures (
	run_date DATE NOT NULL,
	certification VARCHAR(40) NOT NULL,
	eligible_count INT NOT NULL,
	short_count INT NOT NULL,
	PRIMARY KEY (run_date, certification)
);
