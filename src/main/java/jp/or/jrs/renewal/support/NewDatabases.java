package jp.or.jrs.renewal.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.LoggerFactory;

/**
 * A new embedded database made as a copy of the build's: the build applies the migrations with Flyway to an
 * empty HSQLDB database ({@link #main}, in the {@code process-classes} phase) and ships its files in the jar
 * ({@value #TEMPLATE}), Flyway's history included, so later migrations apply to a copy as to any database.
 * On a first night Flyway's loading, parsing the migrations and running their statements in a JVM that was
 * still interpreting them took 180-290 ms of the main thread before the first step; a copy of the files
 * takes a millisecond, and {@link SchemaMigrations} then finds the schema at its newest.
 * <p>
 * A copy is made only where HSQLDB would make a new database, and make it as the build did: an embedded file
 * URL whose database folder does not exist yet, with the settings the application ships ({@value #SHIPPED_SETTINGS};
 * other settings, some of which HSQLDB applies only to a new database, are left to HSQLDB) and its user
 * {@code SA} without a password (HSQLDB makes a new database's first user its administrator). The files are written into a folder beside
 * it, which is then renamed into place, so a kill leaves the database whole or absent, never a part of it
 * (HSQLDB refuses a data file without its script). Anything else, or a jar built without the copy, is left
 * to Flyway, as before.
 */
public final class NewDatabases {

	/** Where in the jar the build puts the files of a new database. */
	static final String TEMPLATE = "db/new/hsqldb/";

	/** The files of an HSQLDB database at rest (shut down): its script holds the schema, its data file the cached tables. */
	static final List<String> EXTENSIONS = List.of("script", "properties", "data");

	/** The URL's settings the copy is made with, as {@code application.properties} ships them. */
	static final String SHIPPED_SETTINGS = "hsqldb.tx=mvcc;shutdown=true;hsqldb.lock_file=false";

	/** HSQLDB names each database it creates uniquely (in its script); a copy gets a name of its own. */
	private static final Pattern UNIQUE_NAME = Pattern.compile("(?m)^SET DATABASE UNIQUE NAME HSQLDB[0-9A-F]+$");

	private NewDatabases() {
	}

	/**
	 * Makes the database the URL names from the build's files when it is new (above); says whether it did.
	 */
	public static boolean createFromTemplate(String url, String username, String password) {
		EmbeddedDatabaseUrl embedded = EmbeddedDatabaseUrl.of(url).orElse(null);
		if (embedded == null || !"SA".equalsIgnoreCase(username) || (password != null && !password.isEmpty())
				|| !embedded.settings().equals(Set.of(SHIPPED_SETTINGS.split(";")))) {
			return false;
		}
		if (embedded.database().startsWith("~")) {
			// HSQLDB reads a leading ~ as the home folder; left to it.
			return false;
		}
		Path database = Path.of(embedded.database()).toAbsolutePath();
		Path folder = database.getParent();
		if (folder == null || Files.exists(folder) || !templateShipped()) {
			return false;
		}
		Path making = null;
		try {
			Files.createDirectories(folder.getParent());
			making = Files.createTempDirectory(folder.getParent(), folder.getFileName() + ".new-");
			String name = database.getFileName().toString();
			for (String extension : EXTENSIONS) {
				byte[] bytes = template(extension);
				if (extension.equals("script")) {
					bytes = withUniqueName(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
				}
				Files.write(making.resolve(name + "." + extension), bytes);
			}
			Files.move(making, folder, StandardCopyOption.ATOMIC_MOVE);
			making = null;
			return true;
		}
		catch (FileAlreadyExistsException | AtomicMoveNotSupportedException ex) {
			// Made meanwhile, or a file system that cannot rename a folder whole: HSQLDB and Flyway decide.
			return false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the new database " + database + " (" + ex.getMessage() + ")",
					ex);
		}
		finally {
			deleteQuietly(making);
		}
	}

	static boolean templateShipped() {
		return NewDatabases.class.getClassLoader().getResource(TEMPLATE + "renewal.script") != null;
	}

	private static byte[] template(String extension) throws IOException {
		try (InputStream in = NewDatabases.class.getClassLoader().getResourceAsStream(TEMPLATE + "renewal." + extension)) {
			if (in == null) {
				throw new IOException("the jar lacks " + TEMPLATE + "renewal." + extension);
			}
			return in.readAllBytes();
		}
	}

	/** The script with a unique name of the copy's own, in the form HSQLDB gives one. */
	static String withUniqueName(String script) {
		Matcher line = UNIQUE_NAME.matcher(script);
		String name = "HSQLDB" + String.format(Locale.ROOT, "%010X", ThreadLocalRandom.current().nextLong(1L << 40));
		return line.find() ? line.replaceFirst("SET DATABASE UNIQUE NAME " + name) : script;
	}

	private static void deleteQuietly(Path folder) {
		if (folder == null) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			// A folder beside the database, never opened: nothing depends on it.
		}
	}

	/**
	 * The build's step: applies the migrations to a new database (with the settings the application opens it
	 * with) and leaves its files at rest in the folder given, for the jar.
	 */
	public static void main(String[] args) throws IOException, SQLException {
		Path target = Path.of(args[0]);
		// Flyway's progress is not the build's news; a migration that fails still stops it.
		if (LoggerFactory.getLogger("org.flywaydb") instanceof ch.qos.logback.classic.Logger flyway) {
			flyway.setLevel(ch.qos.logback.classic.Level.ERROR);
		}
		Path work = Files.createTempDirectory("renewal-new-database");
		try {
			String url = "jdbc:hsqldb:file:" + work.resolve("renewal") + ";" + SHIPPED_SETTINGS;
			SchemaMigrations.migrations("hsqldb").dataSource(url, "SA", "").load().migrate();
			try (Connection connection = DriverManager.getConnection(url, "SA", "");
					Statement statement = connection.createStatement()) {
				statement.execute("SHUTDOWN");
			}
			Files.createDirectories(target);
			for (String extension : EXTENSIONS) {
				Files.copy(work.resolve("renewal." + extension), target.resolve("renewal." + extension),
						StandardCopyOption.REPLACE_EXISTING);
			}
		}
		finally {
			deleteQuietly(work);
		}
	}

}
