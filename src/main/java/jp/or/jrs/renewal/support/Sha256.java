package jp.or.jrs.renewal.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as hex: how the job tells contents apart (roster files, report files, table contents). */
public final class Sha256 {

	private Sha256() {
	}

	public static String of(byte[] bytes) {
		MessageDigest digest = digest();
		digest.update(bytes);
		return hex(digest);
	}

	/**
	 * Of a file's bytes, read a block at a time: the files hashed are report files of tens of megabytes at
	 * ten million credits, which read whole would each be a large array to allocate, zero and collect.
	 */
	public static String of(Path file) {
		MessageDigest digest = digest();
		byte[] block = new byte[1 << 16];
		try (InputStream in = Files.newInputStream(file)) {
			for (int read = in.read(block); read >= 0; read = in.read(block)) {
				digest.update(block, 0, read);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
		return hex(digest);
	}

	/** Of several texts, each followed by a line end. */
	public static String ofLines(Iterable<?> lines) {
		MessageDigest digest = digest();
		for (Object line : lines) {
			digest.update(line.toString().getBytes(StandardCharsets.UTF_8));
			digest.update((byte) '\n');
		}
		return hex(digest);
	}

	private static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String hex(MessageDigest digest) {
		return HexFormat.of().formatHex(digest.digest());
	}

}
