package jp.or.jrs.renewal.roster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The roster folder as organizers fill it (spec §3): roster files are the regular files directly in it
 * whose names end in {@code .csv} (any case) and do not start with {@code .} or {@code ~$} (Excel's lock
 * files). Everything else is skipped, and named so the run summary can say so. Nothing outside the folder
 * is read: symlinks are skipped, not followed.
 */
public final class RosterInbox {

	/** What the folder holds: roster files by name, and the entries skipped with the reason. */
	public record Listing(List<Path> rosters, List<String> skipped) {
	}

	private RosterInbox() {
	}

	public static Listing list(Path folder) {
		List<Path> rosters = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			return new Listing(rosters, skipped);
		}
		try (Stream<Path> entries = Files.list(folder)) {
			for (Path entry : entries.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
				String name = entry.getFileName().toString();
				String reason = null;
				if (Files.isSymbolicLink(entry)) {
					reason = "a symbolic link (not followed)";
				}
				else if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
					reason = Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) ? "a folder" : "not a regular file";
				}
				else if (name.startsWith(".") || name.startsWith("~$")) {
					reason = "a hidden or temporary file";
				}
				else if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
					reason = "not a .csv file";
				}
				if (reason == null) {
					rosters.add(entry);
				}
				else {
					skipped.add(name + ": " + reason);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the roster folder " + folder, ex);
		}
		return new Listing(rosters, skipped);
	}

}
