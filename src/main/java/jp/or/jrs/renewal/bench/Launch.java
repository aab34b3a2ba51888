package jp.or.jrs.renewal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How the benchmark starts a command: as a user runs it, through {@code bin/renewal-credits} (JDK 25 and
 * the AOT cache the build made, where they are), or a given jar with plain {@code java -jar} on the
 * benchmark's own JVM, for comparing builds. JVM options (the 10M heap, the GC log) reach the launcher in
 * {@code JAVA_OPTS}.
 */
record Launch(Path launcher, Path jar) {

	static Launch of(Path launcher, Path jar) {
		return (launcher != null && Files.isExecutable(launcher)) ? new Launch(launcher, null) : new Launch(null, jar);
	}

	String describe() {
		return (this.launcher != null) ? this.launcher + " (as users run it)" : "java -jar " + this.jar;
	}

	/** Runs a command of the jar with these JVM options, its output to a log; returns its exit status. */
	int run(List<String> jvmOptions, List<String> arguments, Path log) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		ProcessBuilder process = new ProcessBuilder(command);
		if (this.launcher != null) {
			command.add(this.launcher.toString());
			process.environment().put("JAVA_OPTS", String.join(" ", jvmOptions));
		}
		else {
			command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
			command.addAll(jvmOptions);
			command.addAll(List.of("-jar", this.jar.toString()));
		}
		command.addAll(arguments);
		return process.redirectErrorStream(true).redirectOutput(log.toFile()).start().waitFor();
	}

}
