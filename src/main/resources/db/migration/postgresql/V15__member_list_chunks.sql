-- The member list and the certifications packed a few thousand to a row (MemberChunks), in the files' order:
-- a row per member and per certification meant HSQLDB's insert path for each of a first 1M-row night's 28,700,
-- a quarter of a second of the night with the compiling it brought. members and certifications keep the rows
-- of an earlier version, read until the next load packs the lists and empties them.
CREATE TABLE member_list_chunks (
	list_name VARCHAR(16) NOT NULL,
	seq INT NOT NULL,
	entry_count INT NOT NULL,
	entries BYTEA NOT NULL,
	PRIMARY KEY (list_name, seq)
);
