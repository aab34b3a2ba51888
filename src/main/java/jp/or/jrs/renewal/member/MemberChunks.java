package jp.or.jrs.renewal.member;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * How the member list and the certifications are packed into rows of {@code member_list_chunks}: a few
 * thousand members (or certifications) a row, about a megabyte at most, in the files' order. A row is a
 * format version, the number of entries, then per member its id, name, birth date (as a day number) and
 * other names (joined by '|', as the member table held them), or per certification its member id, code,
 * last day, grace and clinical units; texts as a length and their UTF-8 bytes, so no name is too long.
 * <p>
 * The format is versioned by its first byte: a new format gets a new version, and decoding keeps reading
 * the old ones.
 */
final class MemberChunks {

	static final int VERSION = 1;

	/** Entries a row holds at most. */
	static final int MOST_ENTRIES = 5_000;

	/** Bytes after which a row takes no more entries: well under the column's 16 MB. */
	static final int MOST_BYTES = 1 << 20;

	private MemberChunks() {
	}

	/** A packed row: how many entries, and their bytes. */
	record Chunk(int entries, byte[] bytes) {
	}

	static List<Chunk> members(Collection<Member> members) {
		return pack(members, (member, out) -> {
			text(out, member.memberId());
			text(out, member.name());
			out.writeLong(member.birthDate().toEpochDay());
			text(out, String.join("|", member.otherNames()));
		});
	}

	static List<Chunk> certifications(Collection<Certification> certifications) {
		return pack(certifications, (certification, out) -> {
			text(out, certification.memberId());
			text(out, certification.certification());
			out.writeLong(certification.expiresOn().toEpochDay());
			out.writeBoolean(certification.grace());
			out.writeInt(certification.clinicalUnits());
		});
	}

	static void readMembers(byte[] chunk, Consumer<Member> members) {
		unpack(chunk, "member", in -> {
			String memberId = text(in);
			String name = text(in);
			LocalDate birthDate = LocalDate.ofEpochDay(in.readLong());
			String otherNames = text(in);
			members.accept(new Member(memberId, name, birthDate,
					otherNames.isEmpty() ? List.of() : List.of(otherNames.split("\\|"))));
		});
	}

	static void readCertifications(byte[] chunk, Consumer<Certification> certifications) {
		unpack(chunk, "certification", in -> {
			String memberId = text(in);
			String code = text(in);
			LocalDate expiresOn = LocalDate.ofEpochDay(in.readLong());
			boolean grace = in.readBoolean();
			certifications.accept(new Certification(memberId, code, expiresOn, grace, in.readInt()));
		});
	}

	private interface Writing<T> {

		void write(T entry, DataOutputStream out) throws IOException;

	}

	private interface Reading {

		void read(DataInputStream in) throws IOException;

	}

	private static <T> List<Chunk> pack(Collection<T> entries, Writing<T> writing) {
		List<Chunk> chunks = new ArrayList<>();
		ByteArrayOutputStream body = new ByteArrayOutputStream(64 * 1024);
		DataOutputStream out = new DataOutputStream(body);
		int count = 0;
		try {
			for (T entry : entries) {
				writing.write(entry, out);
				count++;
				if (count == MOST_ENTRIES || body.size() >= MOST_BYTES) {
					chunks.add(chunk(count, body));
					count = 0;
				}
			}
			if (count > 0) {
				chunks.add(chunk(count, body));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return chunks;
	}

	/** The entries written so far, behind the version and their count; the body is emptied for the next. */
	private static Chunk chunk(int count, ByteArrayOutputStream body) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.size() + 5);
		DataOutputStream out = new DataOutputStream(bytes);
		out.writeByte(VERSION);
		out.writeInt(count);
		body.writeTo(out);
		out.flush();
		body.reset();
		return new Chunk(count, bytes.toByteArray());
	}

	private static void unpack(byte[] chunk, String what, Reading reading) {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(chunk))) {
			int version = in.readUnsignedByte();
			if (version != VERSION) {
				throw new IllegalStateException(
						"a " + what + " chunk has format " + version + ", which this version cannot read");
			}
			int count = in.readInt();
			for (int i = 0; i < count; i++) {
				reading.read(in);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("a " + what + " chunk does not read", ex);
		}
	}

	private static void text(DataOutputStream out, String text) throws IOException {
		byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
		out.writeInt(utf8.length);
		out.write(utf8);
	}

	private static String text(DataInputStream in) throws IOException {
		byte[] utf8 = new byte[in.readInt()];
		in.readFully(utf8);
		return new String(utf8, StandardCharsets.UTF_8);
	}

}
