-- Ids handed out once: a roster file's id is never given to another file, even after a withdrawal.
CREATE TABLE counters (
	name VARCHAR(40) NOT NULL PRIMARY KEY,
	last_value BIGINT NOT NULL
);
INSERT INTO counters (name, last_value) SELECT 'roster_file', COALESCE(MAX(file_id), 0) FROM roster_files;
