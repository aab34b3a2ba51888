package jp.or.jrs.renewal.support;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/**
 * Which build of the program runs: its version and build time from the jar's build info, or
 * {@code development} when run from the classes. What a night derived from its inputs (verdicts, the
 * member files' load) is reused by a later night only under the same build, since the program is one of
 * its inputs.
 */
@Component
public class Build {

	private final String id;

	public Build(ObjectProvider<BuildProperties> build) {
		BuildProperties info = build.getIfAvailable();
		this.id = (info != null) ? info.getVersion() + " " + info.getTime() : "development";
	}

	public String id() {
		return this.id;
	}

}
