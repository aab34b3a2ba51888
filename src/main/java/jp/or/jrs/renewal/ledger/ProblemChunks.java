package jp.or.jrs.renewal.ledger;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import jp.or.jrs.renewal.support.Message;
import jp.or.jrs.renewal.support.Problem;

/**
 * How the problems of one chunk of a roster file are packed into one database row of
 * {@code roster_problem_chunks}: a format version, the number of problems, then per problem its line, column,
 * code, message (Japanese, then English) and the value as sent, the line as an {@code int} and the rest
 * each as {@link DataOutputStream#writeUTF} (a problem's texts are clipped well under its 65,535 bytes:
 * {@link Problem}). In the order found: a row's problems together, rows in line order.
 * <p>
 * The format is versioned by its first byte: a new format gets a new version, and decoding keeps reading
 * the old ones.
 */
final class ProblemChunks {

	static final int VERSION = 1;

	private ProblemChunks() {
	}

	static byte[] encode(List<Problem> problems) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(problems.size() * 160 + 8);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeByte(VERSION);
			out.writeInt(problems.size());
			for (Problem problem : problems) {
				out.writeInt(problem.line());
				out.writeUTF(problem.column());
				out.writeUTF(problem.code());
				out.writeUTF(problem.message().ja());
				out.writeUTF(problem.message().en());
				out.writeUTF(problem.value());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static void decode(byte[] chunk, List<Problem> problems) {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(chunk))) {
			int version = in.readUnsignedByte();
			if (version != VERSION) {
				throw new IllegalStateException(
						"a roster problem chunk has format " + version + ", which this version cannot read");
			}
			int count = in.readInt();
			for (int i = 0; i < count; i++) {
				int line = in.readInt();
				String column = in.readUTF();
				String code = in.readUTF();
				String ja = in.readUTF();
				problems.add(new Problem(line, column, code, new Message(ja, in.readUTF()), in.readUTF()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("a roster problem chunk does not read", ex);
		}
	}

}
