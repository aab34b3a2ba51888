package jp.or.jrs.renewal.support;

import java.io.IOException;
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

	public static String of(Path file) {
		try {
			return of(Files.readAllBytes(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
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
