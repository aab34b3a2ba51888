package jp.or.jrs.renewal.roster;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;

/** A roster file is read a chunk's rows at a time, and resumed after the rows of committed chunks. */
class RosterFileReaderTests {

	static final String ROSTER = """
			member_id,member_name,meeting,held_on
			0010001,木村　誠,日本医学放射線学会 総会,2025-04-10
			0010002,,日本医学放射線学会 総会,2025-04-10

			0010003,,日本医学放射線学会 総会,2025-04-10
			0010004,,日本医学放射線学会 総会,2025-04-10
			0010005,,日本医学放射線学会 総会,2025-04-10
			""";

	@TempDir
	Path folder;

	@Test
	void readsAChunksRowsAtATimeSkippingBlankLines() throws Exception {
		RosterFileReader reader = reader(2);
		ExecutionContext context = new ExecutionContext();
		reader.open(context);

		List<List<String>> reads = new ArrayList<>();
		for (List<RosterRecord> rows = reader.read(); rows != null; rows = reader.read()) {
			reads.add(rows.stream().map(r -> r.row().line() + ":" + r.row().cells()[0]).toList());
		}
		reader.update(context);
		reader.close();

		assertThat(reads).containsExactly(List.of("2:0010001", "3:0010002"), List.of("5:0010003", "6:0010004"),
				List.of("7:0010005"));
		assertThat(context.getInt(RosterFileReader.ROWS_READ)).as("rows, not reads").isEqualTo(5);
	}

	@Test
	void resumesAfterTheRowsOfCommittedChunksWhateverTheirSize() throws Exception {
		ExecutionContext context = new ExecutionContext();
		// As a failed night left it: three rows committed (by this reader, or by the reader of one row at a time
		// of earlier builds, which kept its count of rows under the same key).
		context.putInt(RosterFileReader.ROWS_READ, 3);
		RosterFileReader reader = reader(10);
		reader.open(context);

		List<RosterRecord> rows = reader.read();

		assertThat(rows).extracting(r -> r.row().cells()[0]).containsExactly("0010004", "0010005");
		assertThat(reader.read()).isNull();
		reader.update(context);
		assertThat(context.getInt(RosterFileReader.ROWS_READ)).isEqualTo(5);
		reader.close();
	}

	@Test
	void aSupersededFileReadsNothingAndKeepsItsCommittedRows() throws Exception {
		ExecutionContext context = new ExecutionContext();
		context.putInt(RosterFileReader.ROWS_READ, 3);
		Path file = Files.writeString(this.folder.resolve("congress.csv"), ROSTER, StandardCharsets.UTF_8);
		RosterFileReader reader = new RosterFileReader(file, StandardCharsets.UTF_8, 7, "congress.csv", true, 10);
		reader.open(context);

		assertThat(reader.read()).isNull();
		reader.update(context);
		reader.close();

		assertThat(context.getInt(RosterFileReader.ROWS_READ)).isEqualTo(3);
	}

	private RosterFileReader reader(int rowsPerRead) throws Exception {
		Path file = Files.writeString(this.folder.resolve("congress.csv"), ROSTER, StandardCharsets.UTF_8);
		return new RosterFileReader(file, StandardCharsets.UTF_8, 7, "congress.csv", false, rowsPerRead);
	}

}
