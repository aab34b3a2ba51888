package jp.or.jrs.renewal.support;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The JDBC URL of an embedded (file mode) HSQLDB database, read as HSQLDB reads it: the database's path, then
 * its settings, each after a ';'. For the database's lock file (the command line's) and for a new database made
 * as the build's copy ({@link NewDatabases}).
 *
 * @param database the path as the URL gives it, which HSQLDB registers an open database under
 * @param settings the settings, trimmed and in lower case ({@code hsqldb.lock_file=false})
 */
public record EmbeddedDatabaseUrl(String database, Set<String> settings) {

	private static final String PREFIX = "jdbc:hsqldb:file:";

	/** The URL read, or empty for any other (a server's, PostgreSQL's, none). */
	public static Optional<EmbeddedDatabaseUrl> of(String url) {
		if (url == null || !url.startsWith(PREFIX)) {
			return Optional.empty();
		}
		String[] parts = url.substring(PREFIX.length()).split(";");
		return Optional.of(new EmbeddedDatabaseUrl(parts[0], Arrays.stream(parts)
			.skip(1)
			.map(part -> part.strip().toLowerCase(Locale.ROOT))
			.filter(part -> !part.isEmpty())
			.collect(Collectors.toUnmodifiableSet())));
	}

}
