package jp.or.jrs.renewal.cli;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import jp.or.jrs.renewal.support.InputFileException;

/**
 * A rule file or input that cannot be read stops the program before any command runs; say what and where
 * in a few lines, instead of a stack trace.
 */
public class StartupFailureAnalyzer extends AbstractFailureAnalyzer<InputFileException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InputFileException cause) {
		return new FailureAnalysis(cause.getMessage(), "Correct the file named above and run the command again.",
				cause);
	}

}
