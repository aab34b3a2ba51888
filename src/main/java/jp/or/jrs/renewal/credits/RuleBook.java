package jp.or.jrs.renewal.credits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

import jp.or.jrs.renewal.catalog.Meeting;
import jp.or.jrs.renewal.credits.RuleVersion.CertificationRules;
import jp.or.jrs.renewal.credits.RuleVersion.Requirement;
import jp.or.jrs.renewal.ledger.CreditType;
import jp.or.jrs.renewal.ledger.Topic;
import jp.or.jrs.renewal.member.Certification;
import jp.or.jrs.renewal.member.RuleCoverage;
import jp.or.jrs.renewal.support.InputFileException;
import jp.or.jrs.renewal.support.InputFingerprints;
import jp.or.jrs.renewal.support.Message;

/**
 * Every rule version of {@code jobs/rules/*.yaml}, checked when read: every credit type, topic and measure
 * one the program knows, a topic only where its credit type takes it, a version per certification and
 * renewal year at most, requirement codes unique, totals summing earlier requirements. The categories
 * and groups a rule names are checked against the catalog ({@link #checkAgainst}). A rule that does not
 * read stops the night with its file, line and the names there are. Adding next year's rules is a new
 * file, not new code.
 */
public final class RuleBook implements RuleCoverage {

	/** Properties of a rule file that name something of the catalog: {@code ….where.groups[0]}. */
	private static final Pattern CATALOG_NAME = Pattern.compile(".*\\.where\\.(categories|groups)\\[\\d+\\]");

	/** How rule files turn text into the program's vocabulary, with messages that list what there is. */
	private static final ApplicationConversionService CONVERSION = new ApplicationConversionService();

	static {
		CONVERSION.addConverter(String.class, Topic.class, Topic::parse);
		CONVERSION.addConverter(String.class, CreditType.class, CreditType::parse);
		CONVERSION.addConverter(String.class, Measure.class, Measure::parse);
	}

	/**
	 * Rule folders being read ahead ({@link #readAhead}), by the path as given: a read of the same folder
	 * spelt otherwise reads again, so every message names the folder as the settings bound it.
	 */
	private static final Map<Path, FutureTask<RuleBook>> READ_AHEAD = new ConcurrentHashMap<>();

	private final List<RuleVersion> versions;

	/** Where each rule names a catalog category or group: checked against the catalog the night loads. */
	private final List<CatalogName> catalogNames;

	private final String digest;

	public RuleBook(List<RuleVersion> versions) {
		this(versions, List.of());
	}

	private RuleBook(List<RuleVersion> versions, List<CatalogName> catalogNames) {
		this.versions = List.copyOf(versions);
		this.catalogNames = List.copyOf(catalogNames);
		this.digest = InputFingerprints.of(this.versions);
		check();
	}

	/** A category or group a rule file names, and where. */
	record CatalogName(boolean category, String value, String where) {
	}

	/** A hash of every rule as read: equal for two nights judged by the same rules. */
	public String digest() {
		return this.digest;
	}

	/**
	 * Prepares reading a folder's rule files ahead, on a thread of the caller's choosing: the night's command
	 * runs the returned task while Spring's context starts, and {@link #read} of the same folder takes its
	 * result (or its failure), where binding the rule files on a cold JVM took 0.1 s of the main thread,
	 * a twentieth of a night with nothing to do. Whichever thread comes first reads; the other waits. Read
	 * once: {@link #read} takes it or {@link #forgetReadAhead} drops it, so a later read sees the files again.
	 */
	public static Runnable readAhead(Path folder) {
		FutureTask<RuleBook> reading = new FutureTask<>(() -> readNow(folder));
		READ_AHEAD.put(folder, reading);
		return reading;
	}

	/** Drops what was read ahead and not taken (the settings named another rules folder). */
	public static void forgetReadAhead() {
		// One not started yet never starts (a read running goes on; nothing takes it).
		READ_AHEAD.values().forEach(reading -> reading.cancel(false));
		READ_AHEAD.clear();
	}

	public static RuleBook read(Path folder) {
		FutureTask<RuleBook> ahead = READ_AHEAD.remove(folder);
		if (ahead == null) {
			return readNow(folder);
		}
		ahead.run();
		try {
			return ahead.get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (ex.getCause() instanceof Error failure) {
				throw failure;
			}
			throw new IllegalStateException("Cannot read the rule files of " + folder, ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading the rule files of " + folder, ex);
		}
	}

	private static RuleBook readNow(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new InputFileException("the rules folder " + folder.toAbsolutePath() + " is missing; give it with "
					+ "--renewal.rules=DIR (or run from the folder that holds jobs/)");
		}
		List<RuleVersion> versions = new ArrayList<>();
		List<CatalogName> catalogNames = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
				versions.add(readVersion(file, catalogNames));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + folder, ex);
		}
		if (versions.isEmpty()) {
			throw new InputFileException("the rules folder " + folder + " holds no .yaml rule file");
		}
		return new RuleBook(versions, catalogNames);
	}

	static RuleVersion readVersion(Path file) {
		return readVersion(file, new ArrayList<>());
	}

	private static RuleVersion readVersion(Path file, List<CatalogName> catalogNames) {
		List<ConfigurationPropertySource> sources;
		try {
			List<PropertySource<?>> loaded = new YamlPropertySourceLoader().load(file.toString(),
					new FileSystemResource(file));
			sources = new ArrayList<>();
			ConfigurationPropertySources.from(loaded).forEach(sources::add);
		}
		catch (IOException | RuntimeException ex) {
			throw new InputFileException("rule file " + file + " cannot be read: " + ex.getMessage());
		}
		RuleVersion version;
		try {
			version = new Binder(sources, null, CONVERSION)
				.bind(ConfigurationPropertyName.EMPTY, Bindable.of(RuleVersion.class))
				.orElseThrow(() -> new InputFileException("rule file " + file + " is empty"));
		}
		catch (BindException ex) {
			ConfigurationProperty property = ex.getProperty();
			if (property == null) {
				throw new InputFileException("rule file " + file + ": " + deepestMessage(ex));
			}
			throw new InputFileException(where(file, property.getOrigin()) + ": " + property.getName() + " = '"
					+ property.getValue() + "' cannot be read: " + deepestMessage(ex));
		}
		checkTopics(file, version, sources);
		for (ConfigurationPropertySource source : sources) {
			if (source instanceof IterableConfigurationPropertySource iterable) {
				iterable.stream().filter(name -> CATALOG_NAME.matcher(name.toString()).matches()).forEach(name -> {
					ConfigurationProperty property = source.getConfigurationProperty(name);
					catalogNames.add(new CatalogName(name.toString().contains(".categories["),
							String.valueOf(property.getValue()).strip(), where(file, property.getOrigin())));
				});
			}
		}
		return version;
	}

	/** A topic a requirement's credit types do not take would select nothing: say so instead. */
	private static void checkTopics(Path file, RuleVersion version, List<ConfigurationPropertySource> sources) {
		List<CertificationRules> certifications = (version.certifications() != null) ? version.certifications()
				: List.of();
		for (int c = 0; c < certifications.size(); c++) {
			List<Requirement> requirements = certifications.get(c).requirements();
			for (int r = 0; r < requirements.size(); r++) {
				RuleVersion.CreditFilter where = requirements.get(r).where();
				int t = 0;
				for (Topic topic : where.topics()) {
					if (!where.creditTypes().isEmpty()
							&& where.creditTypes().stream().noneMatch(type -> type.topics().contains(topic))) {
						String name = "certifications[" + c + "].requirements[" + r + "].where.topics[" + t + "]";
						throw new InputFileException(where(file, origin(sources, name)) + ": " + name + " = '" + topic
								+ "' is not a topic of " + where.creditTypes() + "; their topics are "
								+ String.join(", ", where.creditTypes().stream().flatMap(type -> type.topics().stream())
									.distinct().map(Topic::label).toList()));
					}
					t++;
				}
			}
		}
	}

	private static Origin origin(List<ConfigurationPropertySource> sources, String name) {
		for (ConfigurationPropertySource source : sources) {
			ConfigurationProperty property = source.getConfigurationProperty(ConfigurationPropertyName.of(name));
			if (property != null) {
				return property.getOrigin();
			}
		}
		return null;
	}

	/** {@code jobs/rules/board-2026.yaml, line 12}. */
	private static String where(Path file, Origin origin) {
		for (Origin o = origin; o != null; o = (o instanceof PropertySourceOrigin p) ? p.getOrigin() : o.getParent()) {
			if (o instanceof TextResourceOrigin text && text.getLocation() != null) {
				return "rule file " + file + ", line " + (text.getLocation().getLine() + 1);
			}
		}
		return "rule file " + file;
	}

	/** The message of the innermost cause: ours, which lists the names there are. */
	private static String deepestMessage(Throwable failure) {
		String message = failure.getMessage();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause.getMessage() != null) {
				message = cause.getMessage();
			}
		}
		return message;
	}

	/**
	 * Every category and group a rule names must be one the catalog has: a misspelt group would select no
	 * meeting and leave every member short of it.
	 */
	public void checkAgainst(Collection<Meeting> catalog) {
		Set<String> categories = new TreeSet<>();
		Set<String> groups = new TreeSet<>();
		for (Meeting meeting : catalog) {
			categories.add(String.valueOf(meeting.category()));
			if (!meeting.group().isBlank()) {
				groups.add(meeting.group());
			}
		}
		for (CatalogName name : this.catalogNames) {
			Set<String> known = name.category() ? categories : groups;
			if (!known.contains(name.value())) {
				throw new InputFileException(name.where() + ": " + (name.category() ? "category " : "group ") + "'"
						+ name.value() + "' is not one of the catalog; its " + (name.category() ? "categories" : "groups")
						+ " are " + String.join(", ", known));
			}
		}
	}

	/** The certification codes some rule version judges: the only ones certifications.csv may use. */
	@Override
	public Set<String> certifications() {
		Set<String> codes = new TreeSet<>();
		this.versions.forEach(v -> v.certifications().forEach(c -> codes.add(c.certification())));
		return codes;
	}

	public List<RuleVersion> versions() {
		return this.versions;
	}

	/** The version that judges this certification's renewals in this year, if any. */
	public Applicable rulesFor(String certification, int renewalYear) {
		for (RuleVersion version : this.versions) {
			if (version.renewalYears().contains(renewalYear)) {
				for (CertificationRules rules : version.certifications()) {
					if (rules.certification().equals(certification)) {
						return new Applicable(version, rules);
					}
				}
			}
		}
		return null;
	}

	@Override
	public Message whyNotJudged(Certification certification) {
		int year = RenewalWindow.of(certification).renewalYear();
		return (rulesFor(certification.certification(), year) != null) ? null
				: new Message(year + " 年の " + certification.certification()
						+ " の更新を判定する規則がありません。規則ファイルを追加するか expires_on を直してください",
						"no rule version in the rules folder judges " + certification.certification() + " renewals in "
								+ year + "; add one or correct expires_on");
	}

	/** A rule version and its requirements for one certification. */
	public record Applicable(RuleVersion version, CertificationRules rules) {
	}

	private void check() {
		Set<String> names = new HashSet<>();
		for (RuleVersion version : this.versions) {
			String where = "rule version " + version.version();
			require(version.version() != null && !version.version().isBlank(), "a rule file has no version name");
			require(names.add(version.version()), where + " is defined twice");
			require(version.certifications() != null && !version.certifications().isEmpty(),
					where + " names no certification");
			for (CertificationRules rules : version.certifications()) {
				checkRequirements(where + ", " + rules.certification(), rules, version.headline());
			}
			for (RuleVersion other : this.versions) {
				if (other != version && other.renewalYears().overlaps(version.renewalYears())) {
					for (CertificationRules rules : version.certifications()) {
						boolean both = other.certifications().stream()
							.anyMatch(o -> o.certification().equals(rules.certification()));
						require(!both, "rule versions " + version.version() + " and " + other.version()
								+ " both judge " + rules.certification() + " in some renewal year");
					}
				}
			}
		}
	}

	private static void checkRequirements(String where, CertificationRules rules, String headline) {
		Set<String> codes = new HashSet<>();
		for (Requirement requirement : rules.requirements()) {
			require(requirement.code() != null, where + ": a requirement has no code");
			require(requirement.measure() != null, where + ", " + requirement.code() + ": no measure");
			require(codes.add(requirement.code()), where + ": requirement " + requirement.code() + " is listed twice");
			if (requirement.measure() == Measure.TOTAL) {
				require(!requirement.of().isEmpty(), where + ", " + requirement.code() + ": a total needs 'of'");
				for (String part : requirement.of()) {
					require(codes.contains(part) && !part.equals(requirement.code()), where + ", "
							+ requirement.code() + ": 'of' names " + part + ", which is not an earlier requirement");
				}
			}
		}
		require(codes.contains(headline), where + ": the headline requirement " + headline + " is not listed");
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new InputFileException("jobs/rules: " + message);
		}
	}

}
