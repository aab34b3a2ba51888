package jp.or.jrs.renewal.ledger;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import jp.or.jrs.renewal.catalog.MeetingId;

/**
 * How a chunk of ledger credits is packed into one database row: a format version, the number of
 * credits, then per credit its roster line (as the step from the previous one), member id, meeting
 * number, first day (epoch day, zigzag-encoded: a day before 1970 is negative), credit type and topic
 * (their {@link CreditType#code() codes} and {@link Topic#code() codes}), lecture id, units in half hours
 * and (from version 3) the former name the roster gave the meeting by, empty for its current name.
 * Numbers are unsigned variable-length integers (7 bits a byte); strings are UTF-8 with their length. A
 * chunk of 10,000 attendances (the default chunk size) takes about 180 kB.
 * <p>
 * The format is versioned by its first byte: a new format gets a new version, and decoding keeps reading
 * the old ones.
 */
public final class LedgerChunks {

	/**
	 * Version 3 adds the former name a meeting was reported by; version 2 zigzag-encodes the first day;
	 * version 1 wrote it unsigned.
	 */
	static final int VERSION = 3;

	/** Units are hours in steps of 0.5, at most 12: the few values there are, made once. */
	private static final BigDecimal[] UNITS = new BigDecimal[25];

	static {
		for (int halfHours = 0; halfHours < UNITS.length; halfHours++) {
			UNITS[halfHours] = BigDecimal.valueOf(halfHours * 5L, 1);
		}
	}

	private LedgerChunks() {
	}

	public static byte[] encode(List<Credit> credits) {
		Out out = new Out(credits.size() * 24 + 8);
		out.varint(VERSION);
		out.varint(credits.size());
		int previousLine = 0;
		for (Credit c : credits) {
			out.varint(c.line() - previousLine);
			previousLine = c.line();
			out.string(c.memberId());
			out.varint(c.meeting().number());
			out.zigzag((int) c.heldOn().toEpochDay());
			out.varint(c.type().code());
			out.varint(c.topic().code());
			out.string(c.lectureId());
			out.varint(c.units().multiply(BigDecimal.valueOf(2)).intValueExact());
			out.string(c.reportedAs());
		}
		return out.bytes();
	}

	/**
	 * Decodes the credits of the members from {@code firstMemberId} to {@code lastMemberId} (both included, in
	 * the order of their text; {@code null} for no bound) that are wanted. {@code strings} shares equal member
	 * ids, lecture ids and former names between credits (a member appears in many chunks); pass one that lives
	 * as long as the credits.
	 * <p>
	 * The others are skipped as soon as their member is read, without making their credit (a pass over part
	 * of the members reads every chunk); one outside the range on its bytes, without making a string of its
	 * member id: at ten million credits (thirteen passes under a 1 GB heap then; two now) making the member
	 * ids of the other passes' credits was a seventh of the credits step. The bytes compare as the text does
	 * because member ids are digits (UTF-8 bytes compared unsigned follow code points, which order as the text
	 * does outside the supplementary planes).
	 * <p>
	 * A run of credits of one member (their ids' bytes equal) is decided once, by its first credit: {@code wanted}
	 * is asked once a run, so it must answer by the id alone, and every credit of the run shares its string.
	 */
	public static void decode(int fileId, byte[] chunk, SharedStrings strings, String firstMemberId,
			String lastMemberId, Predicate<String> wanted, Consumer<Credit> credits) {
		walk(chunk, strings, firstMemberId, lastMemberId, wanted, (memberId, line, version, in) -> credits
			.accept(credit(in, version, fileId, line, memberId, strings)));
	}

	/**
	 * Keeps the credits of the members from {@code firstMemberId} to {@code lastMemberId} that are wanted, as
	 * {@link #decode(int, byte[], SharedStrings, String, String, Predicate, Consumer) decode} would read them,
	 * without making them: each goes packed into its member's {@link Kept} (which {@code kept} gives, by the
	 * member id shared by {@code strings}), to be made when its member is judged.
	 */
	static void keep(int fileId, byte[] chunk, SharedStrings strings, String firstMemberId, String lastMemberId,
			Predicate<String> wanted, Function<String, Kept> kept) {
		// A member's credits come in runs (a roster lists their rows together), each with the same id
		// instance: their holder is looked up once for the run.
		class Runs implements Visitor {

			private String memberId;

			private Kept holder;

			@Override
			public void visit(String memberId, int line, int version, In in) {
				if (memberId != this.memberId) {
					this.memberId = memberId;
					this.holder = kept.apply(memberId);
				}
				this.holder.add(fileId, line, version, in, strings);
			}

		}
		walk(chunk, strings, firstMemberId, lastMemberId, wanted, new Runs());
	}

	/** What a visit of a chunk does with a credit of a wanted member: reads or skips its fields. */
	private interface Visitor {

		/** Called with the chunk's input at the credit's fields after its member id, which it must pass. */
		void visit(String memberId, int line, int version, In in);

	}

	/**
	 * Visits the credits of the members from {@code firstMemberId} to {@code lastMemberId} that are wanted;
	 * the others are skipped (see {@code decode}).
	 */
	private static void walk(byte[] chunk, SharedStrings strings, String firstMemberId, String lastMemberId,
			Predicate<String> wanted, Visitor visitor) {
		byte[] first = (firstMemberId != null) ? firstMemberId.getBytes(StandardCharsets.UTF_8) : null;
		byte[] last = (lastMemberId != null) ? lastMemberId.getBytes(StandardCharsets.UTF_8) : null;
		In in = new In(chunk);
		int version = in.varint();
		if (version < 1 || version > VERSION) {
			throw new IllegalStateException("a ledger chunk has format " + version + ", which this version cannot read");
		}
		int count = in.varint();
		int line = 0;
		// The previous credit's member: a roster lists a member's rows together (four credits in five follow
		// one of the same member in the generated rosters), so their id is looked up, and their range and
		// wish asked, once for the run of rows.
		int previousFrom = -1;
		int previousLength = 0;
		String memberId = null;
		boolean kept = false;
		for (int i = 0; i < count; i++) {
			line += in.varint();
			int length = in.varint();
			int from = in.skipBytes(length);
			if (previousFrom < 0 || !Arrays.equals(chunk, from, from + length, chunk, previousFrom, previousFrom + previousLength)) {
				previousFrom = from;
				previousLength = length;
				memberId = within(chunk, from, length, first, last) ? strings.of(chunk, from, length) : null;
				kept = memberId != null && wanted.test(memberId);
			}
			if (!kept) {
				in.skip(version);
				continue;
			}
			visitor.visit(memberId, line, version, in);
		}
	}

	/** The credit whose fields after its member id {@code in} is at, in a chunk of this format version. */
	private static Credit credit(In in, int version, int fileId, int line, String memberId, SharedStrings strings) {
		MeetingId meeting = MeetingId.of(in.varint());
		LocalDate heldOn = date((version == 1) ? in.varint() : in.zigzag());
		CreditType type = CreditType.ofCode(in.varint());
		Topic topic = Topic.ofCode(in.varint());
		String lectureId = in.string(strings);
		BigDecimal units = units(in.varint());
		String reportedAs = (version >= 3) ? in.string(strings) : "";
		return new Credit(fileId, line, memberId, meeting, reportedAs, heldOn, type, lectureId, topic, units);
	}

	private static BigDecimal units(int halfHours) {
		return (halfHours < UNITS.length) ? UNITS[halfHours] : BigDecimal.valueOf(halfHours * 5L, 1);
	}

	/**
	 * One member's credits kept by {@link #keep keep}, each packed as a chunk packs it but with its file id, and
	 * its lecture id and former name as their numbers in the pass's {@link SharedStrings}: about 15 bytes a
	 * credit however long its strings (20 with the room its array grows into), where a credit made takes 48
	 * and its slot in a list 4 more. A pass over the ledger holds its members' credits so until it judges them:
	 * a few large arrays of bytes instead of a million objects that every collection before their judging had
	 * to trace and copy. Not thread-safe.
	 */
	static final class Kept {

		private final Out out = new Out(32);

		private int count;

		/** Adds the credit whose fields after its member id {@code in} is at, in a chunk of this format version. */
		void add(int fileId, int line, int version, In in, SharedStrings strings) {
			Out out = this.out;
			// Room for the credit's nine numbers at once, not number by number: this runs for every credit of
			// a pass over the ledger.
			out.ensure(9 * Out.MAX_VARINT);
			out.varintInRoom(fileId);
			out.varintInRoom(line);
			out.varintInRoom(in.varint());
			out.varintInRoom(Out.zigzagged((version == 1) ? in.varint() : in.zigzag()));
			out.varintInRoom(in.varint());
			out.varintInRoom(in.varint());
			out.varintInRoom(in.stringNumber(strings));
			out.varintInRoom(in.varint());
			out.varintInRoom((version >= 3) ? in.stringNumber(strings) : 0);
			this.count++;
		}

		int count() {
			return this.count;
		}

		/** The bytes its credits take. */
		int size() {
			return this.out.size;
		}

		/** The credits, in the order kept, made with the strings of the pass that kept them. */
		List<Credit> credits(String memberId, SharedStrings strings) {
			List<Credit> credits = new ArrayList<>(this.count);
			In in = new In(this.out.bytes);
			while (in.position < this.out.size) {
				int fileId = in.varint();
				int line = in.varint();
				MeetingId meeting = MeetingId.of(in.varint());
				LocalDate heldOn = date(in.zigzag());
				CreditType type = CreditType.ofCode(in.varint());
				Topic topic = Topic.ofCode(in.varint());
				String lectureId = strings.numbered(in.varint());
				BigDecimal units = units(in.varint());
				String reportedAs = strings.numbered(in.varint());
				credits.add(new Credit(fileId, line, memberId, meeting, reportedAs, heldOn, type, lectureId, topic, units));
			}
			return credits;
		}

	}

	/**
	 * Whether a member id's bytes lie from {@code first} to {@code last} (either {@code null} for no bound),
	 * compared unsigned.
	 */
	private static boolean within(byte[] bytes, int from, int length, byte[] first, byte[] last) {
		return (first == null || Arrays.compareUnsigned(bytes, from, from + length, first, 0, first.length) >= 0)
				&& (last == null || Arrays.compareUnsigned(bytes, from, from + length, last, 0, last.length) <= 0);
	}

	/** Every credit of a chunk. */
	public static void decode(int fileId, byte[] chunk, Consumer<Credit> credits) {
		decode(fileId, chunk, new SharedStrings(), null, null, memberId -> true, credits);
	}

	/** The days of 1970 to 2169, each made once: a credit's date is a quarter of its heap otherwise. */
	private static final LocalDate[] DATES = new LocalDate[73_000];

	private static LocalDate date(int epochDay) {
		if (epochDay < 0 || epochDay >= DATES.length) {
			return LocalDate.ofEpochDay(epochDay);
		}
		// A race makes two equal dates at worst: LocalDate is immutable, and only its value is ever used.
		LocalDate date = DATES[epochDay];
		if (date == null) {
			date = LocalDate.ofEpochDay(epochDay);
			DATES[epochDay] = date;
		}
		return date;
	}

	/**
	 * Equal strings of the decoded credits, each made once and looked up by its UTF-8 bytes: a member's id is
	 * in every credit of theirs. Making a string per credit and then looking it up in a map of strings to share
	 * it was 0.18 s of the 0.42 s a 1M-row judging night took to decode its ledger. Not thread-safe: one per
	 * decoding pass, as {@code CreditLedger.creditsOfMembers} makes it.
	 */
	public static final class SharedStrings {

		private byte[][] keys = new byte[1024][];

		private String[] values = new String[1024];

		/** Each string's number: its place in {@link #numbered} (from 1; 0 is the empty string). */
		private int[] numbers = new int[1024];

		private String[] numbered = new String[512];

		private int size;

		String of(byte[] bytes, int from, int length) {
			int slot = slotOf(bytes, from, length);
			return this.values[slot];
		}

		/** The number of the string these bytes make (from 1), made and numbered the first time they are met. */
		int number(byte[] bytes, int from, int length) {
			// The slot first: finding it may grow the table (this.numbers read first would be the old one).
			int slot = slotOf(bytes, from, length);
			return this.numbers[slot];
		}

		/** The string of a number {@link #number} gave; the empty string for 0. */
		String numbered(int number) {
			return (number == 0) ? "" : this.numbered[number - 1];
		}

		/** The slot holding these bytes, filled the first time they are met. */
		private int slotOf(byte[] bytes, int from, int length) {
			int slot = slot(bytes, from, length);
			if (this.keys[slot] == null) {
				String value = new String(bytes, from, length, StandardCharsets.UTF_8);
				this.keys[slot] = Arrays.copyOfRange(bytes, from, from + length);
				this.values[slot] = value;
				if (this.size == this.numbered.length) {
					this.numbered = Arrays.copyOf(this.numbered, this.size * 2);
				}
				this.numbered[this.size] = value;
				this.numbers[slot] = ++this.size;
				if (this.size * 2 > this.keys.length) {
					grow();
					slot = slot(bytes, from, length);
				}
			}
			return slot;
		}

		/** The slot holding these bytes, or the empty one where they go (the table is never full). */
		private int slot(byte[] bytes, int from, int length) {
			int hash = 1;
			for (int i = from; i < from + length; i++) {
				hash = 31 * hash + bytes[i];
			}
			int mask = this.keys.length - 1;
			int slot = (hash ^ (hash >>> 16)) & mask;
			while (this.keys[slot] != null
					&& !Arrays.equals(this.keys[slot], 0, this.keys[slot].length, bytes, from, from + length)) {
				slot = (slot + 1) & mask;
			}
			return slot;
		}

		private void grow() {
			byte[][] keys = this.keys;
			String[] values = this.values;
			int[] numbers = this.numbers;
			this.keys = new byte[keys.length * 2][];
			this.values = new String[keys.length * 2];
			this.numbers = new int[keys.length * 2];
			for (int i = 0; i < keys.length; i++) {
				if (keys[i] != null) {
					int slot = slot(keys[i], 0, keys[i].length);
					this.keys[slot] = keys[i];
					this.values[slot] = values[i];
					this.numbers[slot] = numbers[i];
				}
			}
		}

	}

	private static final class Out {

		private byte[] bytes;

		private int size;

		Out(int capacity) {
			this.bytes = new byte[capacity];
		}

		/** The most bytes a number takes: 7 bits a byte. */
		static final int MAX_VARINT = 5;

		void varint(int value) {
			ensure(MAX_VARINT);
			varintInRoom(value);
		}

		/** As {@link #varint}, where {@link #ensure} has made room for it already. */
		void varintInRoom(int value) {
			if (value < 0) {
				throw new IllegalArgumentException("negative value " + value + " in a ledger chunk");
			}
			while ((value & ~0x7F) != 0) {
				this.bytes[this.size++] = (byte) ((value & 0x7F) | 0x80);
				value >>>= 7;
			}
			this.bytes[this.size++] = (byte) value;
		}

		/** A signed number: 0, -1, 1, -2… become 0, 1, 2, 3… */
		void zigzag(int value) {
			varint(zigzagged(value));
		}

		static int zigzagged(int value) {
			return (value << 1) ^ (value >> 31);
		}

		void string(String value) {
			int length = value.length();
			ensure(length + 5);
			if (isAscii(value)) {
				varint(length);
				for (int i = 0; i < length; i++) {
					this.bytes[this.size++] = (byte) value.charAt(i);
				}
				return;
			}
			byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
			varint(utf8.length);
			ensure(utf8.length);
			System.arraycopy(utf8, 0, this.bytes, this.size, utf8.length);
			this.size += utf8.length;
		}

		private static boolean isAscii(String value) {
			for (int i = 0; i < value.length(); i++) {
				if (value.charAt(i) >= 0x80) {
					return false;
				}
			}
			return true;
		}

		private void ensure(int more) {
			if (this.size + more > this.bytes.length) {
				this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.size + more));
			}
		}

		byte[] bytes() {
			return Arrays.copyOf(this.bytes, this.size);
		}

	}

	private static final class In {

		private final byte[] bytes;

		private int position;

		In(byte[] bytes) {
			this.bytes = bytes;
		}

		int varint() {
			int value = 0;
			for (int shift = 0;; shift += 7) {
				byte b = this.bytes[this.position++];
				value |= (b & 0x7F) << shift;
				if (b >= 0) {
					return value;
				}
			}
		}

		int zigzag() {
			int value = varint();
			return (value >>> 1) ^ -(value & 1);
		}

		/** Past the rest of a credit whose member has been read. */
		void skip(int version) {
			varint();
			varint();
			varint();
			varint();
			skipString();
			varint();
			if (version >= 3) {
				skipString();
			}
		}

		/** Past {@code length} bytes; where they began. */
		int skipBytes(int length) {
			int from = this.position;
			this.position += length;
			return from;
		}

		void skipString() {
			int length = varint();
			this.position += length;
		}

		/** The number {@code strings} gives the next string; 0 for the empty string. */
		int stringNumber(SharedStrings strings) {
			int length = varint();
			if (length == 0) {
				return 0;
			}
			int number = strings.number(this.bytes, this.position, length);
			this.position += length;
			return number;
		}

		/** The next string, as {@code strings} holds it (made once, from its bytes, the first time it is read). */
		String string(SharedStrings strings) {
			int length = varint();
			if (length == 0) {
				return "";
			}
			String value = strings.of(this.bytes, this.position, length);
			this.position += length;
			return value;
		}

	}

}
