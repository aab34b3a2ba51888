package jp.or.jrs.renewal.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * The settings of a command that starts no Spring context, read the way Spring Boot reads them when they are
 * as the project ships them: the command line, the JVM's system properties, the environment, then
 * {@code jobs/nightly.properties} (the one file the jar's {@code application.properties} imports), then the
 * jar's {@code application.properties}, with Boot's own properties loader and Spring's placeholders.
 * <p>
 * Boot's config data processing does that and much more (profiles, other locations, imports of imports,
 * relaxed names), and took a quarter of {@code status}'s own time (130 ms of a 0.6 s command) binding its
 * own settings. So whenever anything may ask for more, this answers empty, and the command starts the
 * context as the night does:
 * <ul>
 * <li>a {@code spring.config}, {@code spring.profiles} or {@code spring.application.json} setting on the
 * command line, in the system properties or the environment, or in either file (other than the jar's one
 * import), in any spelling Boot might take for it;</li>
 * <li>a setting this reads ({@link #READ}) spelt otherwise than as written there, which Boot's relaxed names
 * might bind;</li>
 * <li>a file Boot would read from the current folder ({@code application*.properties}, {@code .xml},
 * {@code .yml}, {@code .yaml}) or a {@code config} folder there;</li>
 * <li>an import other than one optional {@code .properties} file at a plain path, a profile's variant beside
 * it ({@code nightly-default.properties}: Boot reads the default profile's), a file in several documents
 * ({@code #---}), or a file that does not read.</li>
 * </ul>
 * The jar ships no other configuration file ({@code PlainSettingsTests} checks it, and that both ways agree).
 */
final class PlainSettings {

	private static final String IMPORT = "spring.config.import";

	private static final String OPTIONAL_FILE = "optional:file:";

	/** The names Boot reads from the current folder: application.properties and its profiles' variants. */
	private static final Pattern BOOT_FILE = Pattern.compile("application.*\\.(properties|xml|ya?ml)");

	/** Settings that make Boot read other files or other settings, in the form {@link #letters} gives them. */
	private static final List<String> BOOT_ONLY = Stream.of("spring.config", "spring.profiles", "spring.application.json")
		.map(PlainSettings::letters)
		.toList();

	/**
	 * What {@code status} reads, directly or through the placeholders of the jar's settings, by the form
	 * {@link #letters} gives their names: only these spellings are read as Boot reads them.
	 */
	static final Map<String, String> READ = Stream
		.of("spring.datasource.url", "spring.datasource.username", "spring.datasource.password", "renewal.output",
				"output", "renewal.jobs")
		.collect(Collectors.toUnmodifiableMap(PlainSettings::letters, name -> name));

	/** Characters a file URL reads otherwise than a path: Boot resolves the import as a URL. */
	private static final Pattern NOT_A_PLAIN_PATH = Pattern.compile("[#?%;]");

	private PlainSettings() {
	}

	/**
	 * The settings for these command-line arguments, from {@code folder} (the current folder, where Boot also
	 * looks); empty when they may need more of Boot than this reads.
	 */
	static Optional<ConfigurableEnvironment> read(String[] args, Path folder) {
		ConfigurableEnvironment settings = new StandardEnvironment();
		settings.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
		try {
			for (PropertySource<?> source : settings.getPropertySources()) {
				if (needsBoot(source, null)) {
					return Optional.empty();
				}
			}
			if (Files.exists(folder.resolve("config")) || holds(folder, BOOT_FILE)) {
				return Optional.empty();
			}
			Optional<PropertySource<?>> application = load(new ClassPathResource("application.properties"));
			if (application.isEmpty() || needsBoot(application.get(), IMPORT)) {
				return Optional.empty();
			}
			settings.getPropertySources().addLast(application.get());
			String imported = settings.getProperty(IMPORT);
			if (imported != null) {
				if (!imported.startsWith(OPTIONAL_FILE) || imported.contains(",") || !imported.endsWith(".properties")
						|| NOT_A_PLAIN_PATH.matcher(imported).find()) {
					return Optional.empty();
				}
				Path file = Path.of(imported.substring(OPTIONAL_FILE.length())).toAbsolutePath();
				String name = file.getFileName().toString();
				String profiles = Pattern.quote(name.substring(0, name.length() - ".properties".length()) + "-") + ".*";
				if (Files.isDirectory(file.getParent()) && holds(file.getParent(), Pattern.compile(profiles))) {
					return Optional.empty();
				}
				if (Files.exists(file)) {
					Optional<PropertySource<?>> nightly = load(new FileSystemResource(file));
					if (nightly.isEmpty() || needsBoot(nightly.get(), null)) {
						return Optional.empty();
					}
					settings.getPropertySources().addBefore(application.get().getName(), nightly.get());
				}
			}
			return Optional.of(settings);
		}
		catch (IOException | RuntimeException ex) {
			// A file that does not read, a placeholder that does not resolve: the context reads them again,
			// and says what is wrong the way the night would.
			return Optional.empty();
		}
	}

	/** A file in one document, as Boot's loader reads it; empty if it holds several (or none). */
	private static Optional<PropertySource<?>> load(Resource resource) throws IOException {
		List<PropertySource<?>> documents = new PropertiesPropertySourceLoader().load(resource.getDescription(),
				resource);
		return (documents.size() == 1) ? Optional.of(documents.get(0)) : Optional.empty();
	}

	/**
	 * Whether a source sets what only Boot reads, or a setting this reads spelt in a way that Boot's relaxed
	 * names might take and a plain look-up would not; {@code allowed} is a name it may set as it is.
	 */
	private static boolean needsBoot(PropertySource<?> source, String allowed) {
		if (!(source instanceof EnumerablePropertySource<?> enumerable)) {
			return true;
		}
		for (String name : enumerable.getPropertyNames()) {
			if (name.equals(allowed)) {
				continue;
			}
			String letters = letters(name);
			if (BOOT_ONLY.stream().anyMatch(letters::startsWith)) {
				return true;
			}
			String read = READ.get(letters);
			if (read != null && !plainSpellings(read).contains(name)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A name's letters and digits, in lower case: what is left of any spelling Boot's relaxed names accept
	 * ({@code spring.config[import]}, {@code SPRING__CONFIG__IMPORT}, {@code spring.datasource.URL}).
	 */
	static String letters(String name) {
		StringBuilder letters = new StringBuilder(name.length());
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				letters.append(Character.toLowerCase(c));
			}
		}
		return letters.toString();
	}

	/** The spellings a plain look-up finds: the name, and the environment's forms of it. */
	private static Set<String> plainSpellings(String name) {
		String underscored = name.replace('.', '_');
		return new HashSet<>(List.of(name, underscored, underscored.toUpperCase(Locale.ROOT)));
	}

	private static boolean holds(Path folder, Pattern names) throws IOException {
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder,
				file -> names.matcher(file.getFileName().toString()).matches())) {
			return files.iterator().hasNext();
		}
	}

}
