package jp.or.jrs.renewal.credits;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * How the verdicts of one chunk of judged members are packed into one database row of
 * {@code verdict_chunks}: a format version, the number of verdicts, then per verdict its member id,
 * certification, status and unmet requirement codes (joined by {@code ;}), each as
 * {@link DataOutputStream#writeUTF}. A chunk of 500 members (about 930 verdicts) takes about 30 kB.
 * <p>
 * The format is versioned by its first byte: a new format gets a new version, and decoding keeps reading
 * the old ones.
 */
final class VerdictChunks {

	static final int VERSION = 1;

	/** One verdict as stored: whose, of which certification, and what it was. */
	record Row(String memberId, String certification, EligibilityHistory.Verdict verdict) {
	}

	private VerdictChunks() {
	}

	static byte[] encode(List<Row> rows) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(rows.size() * 40 + 8);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeByte(VERSION);
			out.writeInt(rows.size());
			for (Row row : rows) {
				out.writeUTF(row.memberId());
				out.writeUTF(row.certification());
				out.writeUTF(row.verdict().status());
				out.writeUTF(row.verdict().unmet());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static void decode(byte[] chunk, List<Row> rows) {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(chunk))) {
			int version = in.readUnsignedByte();
			if (version != VERSION) {
				throw new IllegalStateException(
						"a verdict chunk has format " + version + ", which this version cannot read");
			}
			int count = in.readInt();
			for (int i = 0; i < count; i++) {
				rows.add(new Row(in.readUTF(), in.readUTF(),
						new EligibilityHistory.Verdict(in.readUTF(), in.readUTF())));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("a verdict chunk does not read", ex);
		}
	}

}
