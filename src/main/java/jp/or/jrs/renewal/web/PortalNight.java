package jp.or.jrs.renewal.web;

import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jp.or.jrs.renewal.job.NightlyRuns;
import jp.or.jrs.renewal.support.DatabaseCheckpoints;
import jp.or.jrs.renewal.upload.RosterUploads;

/**
 * While the portal runs it holds the embedded database, so it runs the night itself: on its schedule
 * ({@code renewal.portal.night-cron}, 02:00 by default) or when the office asks, on a thread of its own,
 * the same job the command line runs (a killed night resumes the same way). Uploads confirmed while a night
 * runs go into the inbox when it ends.
 */
@Component
@ConditionalOnWebApplication
@EnableScheduling
public class PortalNight {

	private static final Logger log = LoggerFactory.getLogger(PortalNight.class);

	private final NightlyRuns nightlyRuns;

	private final RosterUploads uploads;

	private final DatabaseCheckpoints checkpoints;

	private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "portal-night"));

	private final AtomicReference<LocalDate> running = new AtomicReference<>();

	public PortalNight(NightlyRuns nightlyRuns, RosterUploads uploads, DatabaseCheckpoints checkpoints) {
		this.nightlyRuns = nightlyRuns;
		this.uploads = uploads;
		this.checkpoints = checkpoints;
	}

	@Scheduled(cron = "${renewal.portal.night-cron:0 0 2 * * *}")
	public void onSchedule() {
		start(LocalDate.now());
	}

	/** Starts the night of that date unless one runs; says whether it started. */
	public boolean start(LocalDate runDate) {
		if (!this.running.compareAndSet(null, runDate)) {
			return false;
		}
		this.thread.execute(() -> {
			boolean started = false;
			try {
				NightlyRuns.Night night = this.nightlyRuns.standing(runDate, false);
				if (night.standing() == NightlyRuns.Standing.NEW || night.standing() == NightlyRuns.Standing.UNFINISHED) {
					started = true;
					JobExecution execution = this.nightlyRuns.start(runDate);
					log.info("The night of {} {}", runDate, execution.getStatus());
				}
			}
			catch (Exception ex) {
				log.error("The night of {} could not run: {}", runDate, ex.getMessage(), ex);
			}
			finally {
				if (started) {
					// However the night ended: a command's database checkpoints as its process ends, and the
					// portal's process goes on.
					this.checkpoints.checkpoint("the night of " + runDate);
				}
				this.running.set(null);
				int placed = this.uploads.placePending();
				if (placed > 0) {
					log.info("{} uploads confirmed during the night put in the inbox", placed);
				}
			}
		});
		return true;
	}

	/** Lets the night's thread go when the portal stops (a night cut short resumes next time). */
	@PreDestroy
	void stop() {
		this.thread.shutdownNow();
	}

	/** The night running now, if any. */
	public LocalDate running() {
		return this.running.get();
	}

}
