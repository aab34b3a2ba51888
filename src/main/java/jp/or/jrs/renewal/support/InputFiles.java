package jp.or.jrs.renewal.support;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opening input files for {@link LineNumberedCsvReader}. */
public final class InputFiles {

	private InputFiles() {
	}

	public static LineNumberedCsvReader open(Path file, Charset charset) {
		try {
			return new LineNumberedCsvReader(
					new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset), 1 << 16));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	public static LineNumberedCsvReader open(byte[] bytes, Charset charset) {
		return new LineNumberedCsvReader(
				new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes), charset), 1 << 16));
	}

}
