-- HSQLDB no longer checkpoints by itself when its log passes 50 MB: the night checkpoints where no roster
-- partition runs (support.DatabaseCheckpoints), and every command's end checkpoints (shutdown=true).
-- A checkpoint waits for every open transaction while every other statement waits behind it; with two
-- partitions committing side by side and Spring Batch updating their records under one lock per
-- repository, the three can wait for each other for ever (a first 1M night hung so: bench/RESULTS.md).
-- 0 is HSQLDB's "no limit". HSQLDB only: PostgreSQL's folder has no V10.
SET FILES LOG SIZE 0;
