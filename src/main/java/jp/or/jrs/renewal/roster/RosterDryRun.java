package jp.or.jrs.renewal.roster;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.or.jrs.renewal.catalog.MeetingId;

import jp.or.jrs.renewal.catalog.PublishedCatalog;
import jp.or.jrs.renewal.member.MemberFiles;
import jp.or.jrs.renewal.support.CsvRow;
import jp.or.jrs.renewal.support.InputFiles;
import jp.or.jrs.renewal.support.LineNumberedCsvReader;
import jp.or.jrs.renewal.support.Problem;
import jp.or.jrs.renewal.support.TableHeader;

/**
 * The organizer's dry run: what the night would make of a roster file. The file goes through the night's
 * own checks (its format, every row, duplicates) against a catalog and member list, and gets the same
 * problems the night would report. Nothing is stored.
 */
public final class RosterDryRun {

	private RosterDryRun() {
	}

	/** What the night would make of a roster file. */
	public record Outcome(boolean fileRejected, int dataRows, int accepted, int rejected, int duplicate,
			List<Problem> problems) {

		public String describe() {
			return this.fileRejected ? "rejected as a whole (" + this.dataRows + " data rows)"
					: this.dataRows + " data rows: " + this.accepted + " accepted, " + this.rejected + " rejected, "
							+ this.duplicate + " duplicate";
		}

	}

	/**
	 * The night's checks against the published catalog and the member list of an input folder, as of a
	 * day. No database: the meetings are numbered as published, which is all a check needs.
	 */
	public static RosterChecks checks(PublishedCatalog catalog, Path membersFile, LocalDate runDate) {
		MemberFiles.MemberList members = MemberFiles.readMembers(membersFile);
		return RosterChecks.of(catalog.withProvisionalIds(), members.members(), runDate);
	}

	/** Checks a roster file's content, named as the organizer named it. */
	public static Outcome check(String fileName, byte[] bytes, RosterChecks checks) throws IOException {
		return check(fileName, bytes, checks, Optional.empty());
	}

	/** As above, for a file that may report for these meetings only ({@link RosterPermissions}). */
	public static Outcome check(String fileName, byte[] bytes, RosterChecks checks, Optional<Set<MeetingId>> permitted)
			throws IOException {
		RosterFileFormat.Inspection inspection = RosterFileFormat.inspect(bytes);
		if (!inspection.readable()) {
			return new Outcome(true, inspection.dataRows(), 0, inspection.dataRows(), 0, inspection.problems());
		}
		RosterRowValidator validator = new RosterRowValidator(checks, Map::of, permitted);
		int accepted = 0;
		int rejected = 0;
		int duplicate = 0;
		List<Problem> problems = new ArrayList<>();
		try (LineNumberedCsvReader reader = InputFiles.open(bytes, inspection.charset())) {
			TableHeader<RosterColumn> header = TableHeader.parse(reader.nextNonBlank().cells(), RosterColumn.class)
				.header();
			for (CsvRow row = reader.nextNonBlank(); row != null; row = reader.nextNonBlank()) {
				ValidatedRow validated = validator.validate(new RosterRecord(0, fileName, header, row));
				problems.addAll(validated.problems());
				if (validated.isAccepted()) {
					accepted++;
				}
				else if (validated.duplicate()) {
					duplicate++;
				}
				else {
					rejected++;
				}
			}
		}
		return new Outcome(false, accepted + rejected + duplicate, accepted, rejected, duplicate, problems);
	}

}
