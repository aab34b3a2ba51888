package jp.or.jrs.renewal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchmarkParsingTests {

	@TempDir
	Path dir;

	@Test
	void readsThePeakHeapFromAGcLog() {
		List<String> log = List.of("[0.012s][info][gc] Using G1",
				"[3.772s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 88M->26M(108M) 12.490ms",
				"[4.844s][info][gc] GC(5) Pause Young (Normal) (G1 Evacuation Pause) 1238M->69M(1292M) 51.295ms",
				"[5.1s][info][gc] GC(6) Pause Full (System.gc()) 512K->300K(8M) 3.2ms");
		assertThat(GcLog.peakHeapBytes(log)).isEqualTo(1238L << 20);
		assertThat(GcLog.peakHeapBytes(List.of("no collection"))).isZero();
		assertThat(GcLog.peakHeapBytes(List.of("GC(0) Pause Young 2G->1G(3G) 5ms"))).isEqualTo(2L << 30);
	}

	@Test
	void passesTheFloorBetweenProcessesAsOneLine() {
		ReadFloor.Result result = new ReadFloor.Result(1_088_836, 1_290_000_000L);
		assertThat(ReadFloor.Result.parse(result.line())).isEqualTo(result);
		assertThat(result.seconds()).isEqualTo(1.29);
		assertThatThrownBy(() -> ReadFloor.Result.parse("something else")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void readsTheLastWarmNightFromItsLog() {
		WarmNight third = new WarmNight(3, 3, 3412, 3);
		assertThat(WarmNight.last(List.of("12:00:01.000 INFO  Step: [credits] executed in 552ms",
				new WarmNight(2, 3, 3590, 3).line(), "12:00:09.000 INFO  Step: [reports] executed in 38ms", third.line())))
			.contains(third);
		assertThat(third.wall().toMillis()).isEqualTo(3412);
		assertThat(WarmNight.last(List.of("no night here"))).isEmpty();
	}

	@Test
	void theFloorCountsEveryRecordOfEveryRoster() throws IOException {
		Files.writeString(this.dir.resolve("a.csv"), "member_id,meeting\n1,\"x\ny\"\n2,z\n");
		Files.write(this.dir.resolve("b.csv"), "会員番号\n3\n".getBytes(jp.or.jrs.renewal.support.TextEncoding.CP932));
		Files.writeString(this.dir.resolve("notes.txt"), "not a roster\n");
		assertThat(ReadFloor.measure(this.dir).records()).isEqualTo(5);
	}

	@Test
	void changesOneBoardCertification() throws IOException {
		Path file = this.dir.resolve("certifications.csv");
		Files.writeString(file, "member_id,certification,expires_on,grace,clinical_units\n"
				+ "1,SOCIETY_DIAGNOSTIC,2027-08-31,,\n1,BOARD,2027-08-31,,10\n2,BOARD,2027-08-31,,10\n");
		Benchmark.changeOneCertification(file);
		assertThat(Files.readAllLines(file)).containsExactly("member_id,certification,expires_on,grace,clinical_units",
				"1,SOCIETY_DIAGNOSTIC,2027-08-31,,", "1,BOARD,2027-08-31,,9", "2,BOARD,2027-08-31,,10");
	}

	@Test
	void correctsOneRosterAsAnOrganizerWould() throws IOException {
		StringBuilder roster = new StringBuilder("member_id,meeting,held_on\n");
		for (int i = 0; i < 300; i++) {
			roster.append(i).append(",x,2025-04-10\n");
		}
		Files.writeString(this.dir.resolve("roster-001.csv"), roster);
		Benchmark.correctOneRoster(this.dir);
		assertThat(Files.readAllLines(this.dir.resolve("roster-001.csv"))).hasSize(251);
	}

}
