package jp.or.jrs.renewal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings a command without a context reads plainly are the ones Boot's config data processing reads,
 * and whatever only Boot reads is left to it.
 */
class PlainSettingsTests {

	/** What the commands read from the settings, and a few the night reads. */
	static final List<String> KEYS = List.of("spring.datasource.url", "spring.datasource.username",
			"spring.datasource.password", "renewal.output", "renewal.input", "renewal.rules", "renewal.chunk-size",
			"logging.level.root");

	@TempDir
	Path root;

	@Test
	void theShippedSettingsReadPlainlyAsBootReadsThem() throws IOException {
		String[] args = { "--renewal.jobs=" + jobs("renewal.chunk-size=2000\n"), "--output=" + this.root.resolve("out") };

		ConfigurableEnvironment plain = PlainSettings.read(args, folder()).orElseThrow();

		assertSame(plain, boot(args));
		assertThat(plain.getProperty("spring.datasource.url"))
			.startsWith("jdbc:hsqldb:file:" + this.root.resolve("out") + "/db/renewal;");
		assertThat(plain.getProperty("renewal.chunk-size")).isEqualTo("2000");
	}

	@Test
	void theNightlyFileOverridesTheJarAndTheCommandLineOverridesBoth() throws IOException {
		Path jobs = jobs("""
				renewal.output=%s
				spring.datasource.url=jdbc:hsqldb:file:${renewal.output}/elsewhere/renewal;shutdown=true
				spring.datasource.password=secret
				renewal.chunk-size=500
				""".formatted(this.root.resolve("nightly-out")));
		for (String[] args : List.of(new String[] { "--renewal.jobs=" + jobs },
				new String[] { "--renewal.jobs=" + jobs, "--renewal.output=" + this.root.resolve("given"),
						"--renewal.chunk-size=7" })) {
			ConfigurableEnvironment plain = PlainSettings.read(args, folder()).orElseThrow();
			assertSame(plain, boot(args));
		}
		assertThat(PlainSettings.read(new String[] { "--renewal.jobs=" + jobs }, folder()).orElseThrow()
			.getProperty("spring.datasource.url"))
			.isEqualTo("jdbc:hsqldb:file:" + this.root.resolve("nightly-out") + "/elsewhere/renewal;shutdown=true");
	}

	@Test
	void aJobsFolderWithoutItsNightlyFileReadsTheJarAlone() throws IOException {
		Path jobs = Files.createDirectories(this.root.resolve("bare-jobs"));
		String[] args = { "--renewal.jobs=" + jobs };

		assertSame(PlainSettings.read(args, folder()).orElseThrow(), boot(args));
	}

	@Test
	void whatOnlyBootReadsIsLeftToIt() throws IOException {
		Path plainJobs = jobs("renewal.chunk-size=2000\n");
		assertThat(plain("--renewal.jobs=" + plainJobs)).as("the same settings otherwise").isPresent();

		assertThat(plain("--renewal.jobs=" + plainJobs, "--spring.profiles.active=test")).as("a profile").isEmpty();
		assertThat(plain("--renewal.jobs=" + plainJobs, "--spring.profiles[active]=test")).as("a profile, indexed")
			.isEmpty();
		assertThat(plain("--renewal.jobs=" + plainJobs, "--spring.config[import]=optional:file:x.properties"))
			.as("an import, indexed").isEmpty();
		assertThat(plain("--renewal.jobs=" + plainJobs, "--spring.config.additional-location=/etc/renewal/"))
			.as("another location").isEmpty();
		assertThat(plain("--renewal.jobs=" + plainJobs, "--spring.application.json={\"renewal\":{\"output\":\"x\"}}"))
			.as("settings as JSON").isEmpty();
		assertThat(plain("--renewal.jobs=" + jobs("spring.config.import=optional:file:x.properties\n")))
			.as("an import in the nightly file").isEmpty();
		assertThat(plain("--renewal.jobs=" + jobs("spring[config].import=optional:file:x.properties\n")))
			.as("an import in the nightly file, spelt loosely").isEmpty();
		assertThat(plain("--renewal.jobs=" + jobs("spring.profiles=test\n"))).as("spring.profiles itself").isEmpty();
		assertThat(plain("--renewal.jobs=" + jobs("spring.datasource.URL=jdbc:postgresql://db/renewal\n")))
			.as("a setting this reads, spelt as only relaxed names read it").isEmpty();
		assertThat(plain("--renewal.jobs=" + jobs("a=1\n#---\nb=2\n"))).as("a nightly file in two documents").isEmpty();

		Path withDefaultProfile = jobs("renewal.chunk-size=2000\n");
		Files.writeString(withDefaultProfile.resolve("nightly-default.properties"), "renewal.output=elsewhere\n");
		assertThat(plain("--renewal.jobs=" + withDefaultProfile)).as("the default profile's nightly file").isEmpty();
		Path hashed = Files.createDirectories(this.root.resolve("C#-jobs"));
		Files.writeString(hashed.resolve("nightly.properties"), "renewal.chunk-size=2000\n");
		assertThat(plain("--renewal.jobs=" + hashed)).as("a path a file URL reads otherwise").isEmpty();

		Path withFile = Files.createDirectories(this.root.resolve("with-file"));
		Files.writeString(withFile.resolve("application-prod.yml"), "renewal:\n  output: x\n");
		assertThat(PlainSettings.read(new String[] { "--renewal.jobs=" + plainJobs }, withFile))
			.as("a Boot file in the current folder").isEmpty();
		Path withConfig = Files.createDirectories(this.root.resolve("with-config/config"));
		assertThat(PlainSettings.read(new String[] { "--renewal.jobs=" + plainJobs }, withConfig.getParent()))
			.as("a config folder in the current folder").isEmpty();
	}

	@Test
	void namesAreComparedByTheirLettersAsRelaxedNamesCompareThem() {
		assertThat(PlainSettings.letters("SPRING__CONFIG__IMPORT")).isEqualTo("springconfigimport");
		assertThat(PlainSettings.letters("spring.config[import]")).isEqualTo("springconfigimport");
		assertThat(PlainSettings.letters("spring.datasource.URL")).isEqualTo("springdatasourceurl");
		assertThat(PlainSettings.READ).containsValue("spring.datasource.url");
	}

	@Test
	void theJarShipsNoConfigurationFileButItsApplicationProperties() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
			assertThat(files.map(file -> Path.of("src/main/resources").relativize(file).toString())
				.filter(name -> name.startsWith("config") || name.matches("application.*\\.(properties|xml|ya?ml)")))
				.containsExactly("application.properties");
		}
	}

	/** The settings as Boot's config data processing resolves them, from the project's folder. */
	private static ConfigurableEnvironment boot(String[] args) {
		ConfigurableEnvironment settings = new StandardEnvironment();
		settings.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
		ConfigDataEnvironmentPostProcessor.applyTo(settings);
		return settings;
	}

	private Optional<ConfigurableEnvironment> plain(String... args) throws IOException {
		return PlainSettings.read(args, folder());
	}

	private static void assertSame(ConfigurableEnvironment plain, ConfigurableEnvironment boot) {
		for (String key : KEYS) {
			assertThat(plain.getProperty(key)).as(key).isEqualTo(boot.getProperty(key));
		}
	}

	/** A jobs folder whose nightly.properties holds {@code settings}. */
	private Path jobs(String settings) throws IOException {
		Path jobs = Files.createTempDirectory(this.root, "jobs");
		Files.writeString(jobs.resolve("nightly.properties"), settings);
		return jobs;
	}

	/** An empty current folder. */
	private Path folder() throws IOException {
		return Files.createDirectories(this.root.resolve("current"));
	}

}
