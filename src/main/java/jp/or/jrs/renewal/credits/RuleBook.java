package jp.or.jrs.renewal.credits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

import jp.or.jrs.renewal.credits.RuleVersion.CertificationRules;
import jp.or.jrs.renewal.credits.RuleVersion.Requirement;
import jp.or.jrs.renewal.support.InputFileException;
import jp.or.jrs.renewal.support.InputFingerprints;

/**
 * Every rule version of {@code jobs/rules/*.yaml}, checked when read: a version per certification and
 * renewal year at most, requirement codes unique, totals summing earlier requirements. Adding next
 * year's rules is a new file, not new code.
 */
public final class RuleBook {

	private final List<RuleVersion> versions;

	private final String digest;

	public RuleBook(List<RuleVersion> versions) {
		this.versions = List.copyOf(versions);
		this.digest = InputFingerprints.of(this.versions);
		check();
	}

	/** A hash of every rule as read: equal for two nights judged by the same rules. */
	public String digest() {
		return this.digest;
	}

	public static RuleBook read(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new InputFileException("the rules folder " + folder + " is missing");
		}
		List<RuleVersion> versions = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
				versions.add(readVersion(file));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + folder, ex);
		}
		if (versions.isEmpty()) {
			throw new InputFileException("the rules folder " + folder + " holds no .yaml rule file");
		}
		return new RuleBook(versions);
	}

	static RuleVersion readVersion(Path file) {
		try {
			List<PropertySource<?>> sources = new YamlPropertySourceLoader().load(file.toString(),
					new FileSystemResource(file));
			return new Binder(ConfigurationPropertySources.from(sources))
				.bind(ConfigurationPropertyName.EMPTY, Bindable.of(RuleVersion.class))
				.orElseThrow(() -> new InputFileException("rule file " + file + " is empty"));
		}
		catch (IOException ex) {
			throw new InputFileException("rule file " + file + " cannot be read: " + ex.getMessage());
		}
		catch (BindException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			throw new InputFileException("rule file " + file + ": " + ex.getProperty().getName() + " = '"
					+ ex.getProperty().getValue() + "' cannot be read (" + cause.getMessage() + ")");
		}
	}

	/** The certification codes some rule version judges: the only ones certifications.csv may use. */
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
