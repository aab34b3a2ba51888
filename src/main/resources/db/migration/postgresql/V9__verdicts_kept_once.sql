-- A night that carries the verdicts over no longer copies their rows in eligibility_results: it records
-- whose rows its verdicts are (verdicts_of), the judging night's. Nights recorded before this hold copies
-- under their own date, so each points to itself.
ALTER TABLE verdict_runs ADD COLUMN verdicts_of DATE;
UPDATE verdict_runs SET verdicts_of = run_date;
ALTER TABLE verdict_runs ALTER COLUMN verdicts_of SET NOT NULL;
