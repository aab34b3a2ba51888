package jp.or.jrs.renewal.cli;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import jp.or.jrs.renewal.support.RefusedException;

/**
 * A setting refused while the program starts (a {@code spring.flyway.*} setting, which nothing would read)
 * stops it before any command runs; say which and where in a few lines, instead of a stack trace.
 */
public class StartupRefusalAnalyzer extends AbstractFailureAnalyzer<RefusedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, RefusedException cause) {
		return new FailureAnalysis(cause.getMessage(), "Correct the setting named above and run the command again.",
				cause);
	}

}
