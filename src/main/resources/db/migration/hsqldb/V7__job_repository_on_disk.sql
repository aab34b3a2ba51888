-- Spring Batch's tables were MEMORY tables (V1 creates them as its schema script does): HSQLDB keeps such
-- tables in its .script file and reads every row of it each time the database opens. A first night of
-- 294 roster files leaves 330 step executions with their contexts (325 KB of script after four nights of
-- the 1M-row benchmark, growing every night until purge), so every command, status included, paid for
-- re-reading the whole run history before its first query. CACHED tables keep their rows in the .data
-- file, read when asked for, as the business tables already do (V2). HSQLDB only: PostgreSQL has no such
-- distinction, so its folder has no V7.
SET TABLE BATCH_JOB_INSTANCE TYPE CACHED;
SET TABLE BATCH_JOB_EXECUTION TYPE CACHED;
SET TABLE BATCH_JOB_EXECUTION_PARAMS TYPE CACHED;
SET TABLE BATCH_JOB_EXECUTION_CONTEXT TYPE CACHED;
SET TABLE BATCH_STEP_EXECUTION TYPE CACHED;
SET TABLE BATCH_STEP_EXECUTION_CONTEXT TYPE CACHED;
