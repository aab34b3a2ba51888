package jp.or.jrs.renewal.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.system.ApplicationHome;

import jp.or.jrs.renewal.support.InputFileException;

/**
 * Finds {@code jobs/}, the folder of rule files and settings that people edit: given with
 * {@code --renewal.jobs=DIR}, or {@code jobs/} in the current folder, or beside the project the jar was
 * built in ({@code target/..}; {@code target/app/../..} for the extracted copy {@code bin/renewal-credits}
 * runs), or beside the jar. So a command run from cron without a {@code cd} still
 * finds its rules; where none is found, the message says where it looked and how to point at it.
 */
final class JobsFolder {

	static final String OPTION = "renewal.jobs";

	private JobsFolder() {
	}

	static Path find(List<String> args) {
		for (String arg : args) {
			if (arg.startsWith("--" + OPTION + "=")) {
				return Path.of(arg.substring(OPTION.length() + 3));
			}
		}
		Set<Path> candidates = new LinkedHashSet<>();
		candidates.add(Path.of("jobs").toAbsolutePath());
		File jarFolder = new ApplicationHome(JobsFolder.class).getDir();
		if (jarFolder != null) {
			Path home = jarFolder.toPath().toAbsolutePath().normalize();
			Path target = home.getParent();
			if (target != null) {
				candidates.add(target.resolve("jobs"));
				if (home.endsWith(Path.of("target", "app")) && target.getParent() != null) {
					candidates.add(target.getParent().resolve("jobs"));
				}
			}
			candidates.add(home.resolve("jobs"));
		}
		for (Path candidate : candidates) {
			if (Files.isDirectory(candidate.resolve("rules"))) {
				return candidate.equals(Path.of("jobs").toAbsolutePath()) ? Path.of("jobs") : candidate;
			}
		}
		throw new InputFileException("no jobs folder (rule files and settings) was found; looked in "
				+ String.join(", ", candidates.stream().map(Path::toString).toList())
				+ ". Run from the project folder, or give it with --" + OPTION + "=DIR");
	}

}
