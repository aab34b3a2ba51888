package jp.or.jrs.renewal.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import jp.or.jrs.renewal.support.TextEncoding;

/**
 * The floor: reading the roster files with Commons CSV alone, encoding detected as the job does, every
 * record touched, nothing else. Run in a fresh JVM, as the job is.
 */
final class ReadFloor {

	/** What the floor measured: records read (header lines included) and the time it took. */
	record Result(long records, long nanos) {

		static Result parse(String line) {
			String[] parts = line.strip().split(" ");
			if (parts.length != 3 || !parts[0].equals("floor")) {
				throw new IllegalArgumentException("not a floor result: " + line);
			}
			return new Result(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
		}

		String line() {
			return "floor " + this.records + " " + this.nanos;
		}

		double seconds() {
			return this.nanos / 1e9;
		}

	}

	private ReadFloor() {
	}

	static Result measure(Path rosters) throws IOException {
		long started = System.nanoTime();
		long records = 0;
		List<Path> files;
		try (Stream<Path> listing = Files.list(rosters)) {
			files = listing.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
		}
		for (Path file : files) {
			byte[] bytes = Files.readAllBytes(file);
			Charset charset = TextEncoding.detect(bytes).orElse(TextEncoding.CP932);
			try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), charset);
					CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
				for (CSVRecord record : parser) {
					records += record.size() > 0 ? 1 : 0;
				}
			}
		}
		return new Result(records, System.nanoTime() - started);
	}

}
