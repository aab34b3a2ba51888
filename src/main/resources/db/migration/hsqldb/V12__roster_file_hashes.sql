-- The hash of each roster file in the folder as the intake last read it, with what the file system said of
-- the file then (size, modification and change times to the nanosecond, device and inode). A file the
-- file system says nobody wrote since has that hash still, so a night does not read 100 MB of unchanged
-- rosters to learn that they are unchanged (0.2 s of a 1M-row night, 0.8 s at 10M). Recorded only for a
-- file last changed well before it was read: a write in the same tick of the clock cannot go unseen.
CREATE CACHED TABLE roster_file_hashes (
	file_name VARCHAR(255) NOT NULL PRIMARY KEY,
	sha256 CHAR(64) NOT NULL,
	file_size BIGINT NOT NULL,
	modified_ns BIGINT NOT NULL,
	changed_ns BIGINT NOT NULL,
	file_key VARCHAR(100) NOT NULL
);
