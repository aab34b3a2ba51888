package jp.or.jrs.renewal.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class Sha256Tests {

	@TempDir
	Path folder;

	@Test
	void aFileReadABlockAtATimeHashesAsItsBytesDo() throws Exception {
		byte[] bytes = new byte[(1 << 16) * 3 + 17];
		new Random(7).nextBytes(bytes);
		Path file = Files.write(this.folder.resolve("eligibility.csv"), bytes);

		assertThat(Sha256.of(file)).isEqualTo(Sha256.of(bytes));
	}

	@Test
	void hashesAsTheStandardSays() throws Exception {
		Path empty = Files.write(this.folder.resolve("empty.csv"), new byte[0]);
		Path abc = Files.writeString(this.folder.resolve("abc.csv"), "abc", StandardCharsets.UTF_8);

		// FIPS 180-2, appendix B.1, and the digest of no bytes.
		assertThat(Sha256.of(abc)).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(Sha256.of(empty)).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	}

}
