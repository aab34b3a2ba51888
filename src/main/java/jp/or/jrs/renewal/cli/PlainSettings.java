package jp.or.jrs.renewal.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
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
 * Boot's config data processing does that and much more (profiles, other locations, imports of imports),
 * and took a quarter of {@code status}'s own time (130 ms of a 0.6 s command) binding its own settings. So
 * whenever anything asks for more, this answers empty and the caller goes Boot's way:
 * <ul>
 * <li>a {@code spring.config.*} or {@code spring.profiles.*} setting on the command line, in the system
 * properties or the environment, or in either file (other than the jar's one import);</li>
 * <li>a file Boot would read from the current folder ({@code application*.properties}, {@code .xml},
 * {@code .yml}, {@code .yaml}) or a {@code config} folder there;</li>
 * <li>an import other than one optional {@code .properties} file, a file in several documents ({@code #---}),
 * or a file that does not read.</li>
 * </ul>
 * The jar ships no other configuration file ({@code PlainSettingsTests} checks it, and that both ways agree).
 */
final class PlainSettings {

	private static final String IMPORT = "spring.config.import";

	private static final String OPTIONAL_FILE = "optional:file:";

	/** The names Boot reads from the current folder: application.properties and its profiles' variants. */
	private static final Pattern BOOT_FILE = Pattern.compile("application.*\\.(properties|xml|ya?ml)");

	private PlainSettings() {
	}

	/** The settings for these command-line arguments, read plainly where they allow it, else by Boot. */
	static ConfigurableEnvironment resolve(String[] args) {
		return read(args, Path.of("").toAbsolutePath()).orElseGet(() -> viaBoot(args));
	}

	/** The settings as the context resolves them: Boot's config data processing. */
	static ConfigurableEnvironment viaBoot(String[] args) {
		ConfigurableEnvironment settings = commandLineFirst(args);
		ConfigDataEnvironmentPostProcessor.applyTo(settings);
		return settings;
	}

	/**
	 * The settings for these command-line arguments, from {@code folder} (the current folder, where Boot also
	 * looks); empty when they need Boot's config data processing.
	 */
	static Optional<ConfigurableEnvironment> read(String[] args, Path folder) {
		ConfigurableEnvironment settings = commandLineFirst(args);
		for (PropertySource<?> source : settings.getPropertySources()) {
			if (namesBootConfiguration(source, null)) {
				return Optional.empty();
			}
		}
		try {
			if (Files.exists(folder.resolve("config")) || holdsABootFile(folder)) {
				return Optional.empty();
			}
			Optional<PropertySource<?>> application = load(new ClassPathResource("application.properties"));
			if (application.isEmpty() || namesBootConfiguration(application.get(), IMPORT)) {
				return Optional.empty();
			}
			settings.getPropertySources().addLast(application.get());
			String imported = settings.getProperty(IMPORT);
			if (imported != null) {
				if (!imported.startsWith(OPTIONAL_FILE) || imported.contains(",") || !imported.endsWith(".properties")) {
					return Optional.empty();
				}
				Path file = Path.of(imported.substring(OPTIONAL_FILE.length()));
				if (Files.exists(file)) {
					Optional<PropertySource<?>> nightly = load(new FileSystemResource(file));
					if (nightly.isEmpty() || namesBootConfiguration(nightly.get(), null)) {
						return Optional.empty();
					}
					settings.getPropertySources().addBefore(application.get().getName(), nightly.get());
				}
			}
			return Optional.of(settings);
		}
		catch (IOException | RuntimeException ex) {
			// A file that does not read, a placeholder that does not resolve: Boot reads them again, and says
			// what is wrong the way the night would.
			return Optional.empty();
		}
	}

	/** The command line, then the system properties and the environment, as a Spring Boot application has them. */
	private static ConfigurableEnvironment commandLineFirst(String[] args) {
		ConfigurableEnvironment settings = new StandardEnvironment();
		settings.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
		return settings;
	}

	/** A file in one document, as Boot's loader reads it; empty if it holds several (or none). */
	private static Optional<PropertySource<?>> load(Resource resource) throws IOException {
		List<PropertySource<?>> documents = new PropertiesPropertySourceLoader().load(resource.getDescription(),
				resource);
		return (documents.size() == 1) ? Optional.of(documents.get(0)) : Optional.empty();
	}

	/** Whether a source sets {@code spring.config.*} or {@code spring.profiles.*}, in any of Boot's spellings. */
	private static boolean namesBootConfiguration(PropertySource<?> source, String allowed) {
		if (!(source instanceof EnumerablePropertySource<?> enumerable)) {
			return true;
		}
		for (String name : enumerable.getPropertyNames()) {
			String key = name.toLowerCase(Locale.ROOT).replace('_', '.').replace("-", "");
			if ((key.startsWith("spring.config.") || key.startsWith("spring.profiles.")) && !name.equals(allowed)) {
				return true;
			}
		}
		return false;
	}

	private static boolean holdsABootFile(Path folder) throws IOException {
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder,
				file -> BOOT_FILE.matcher(file.getFileName().toString()).matches())) {
			return files.iterator().hasNext();
		}
	}

}
