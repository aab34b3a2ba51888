package jp.or.jrs.renewal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.annotation.DirtiesContext;

import jp.or.jrs.renewal.job.Night;
import jp.or.jrs.renewal.support.RunDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Steps of the night run one at a time with Spring Batch's test utilities, on the real application and a
 * file-mode HSQLDB in a temporary folder of each test class: an input folder with the shipped catalog,
 * members and certifications, and an empty roster folder to fill.
 */
@SpringBootTest(classes = RenewalCreditsApplication.class)
@SpringBatchTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class StepTests {

	@TempDir
	protected static Path root;

	@Autowired
	protected JobOperatorTestUtils steps;

	@Autowired
	protected JdbcTemplate jdbc;

	/** The night's steps, by bean: those inside a flow of the job are not found by name. */
	@Autowired
	private List<Step> stepBeans;

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) throws IOException {
		Path input = root.resolve("input");
		for (String file : new String[] { "catalog/accredited-meetings.md", "members/members.csv",
				"members/certifications.csv" }) {
			Files.createDirectories(input.resolve(file).getParent());
			Files.copy(Path.of("input").resolve(file), input.resolve(file));
		}
		Files.createDirectories(input.resolve("rosters"));
		new Night(root).configure(registry);
	}

	protected static Path input(String path) {
		return root.resolve("input").resolve(path);
	}

	protected static Path output(String path) {
		return root.resolve("output").resolve(path);
	}

	protected static void roster(String name, String text) throws IOException {
		Files.writeString(input("rosters/" + name), text, StandardCharsets.UTF_8);
	}

	/**
	 * Runs one step of the night of {@code runDate}, on its own, expects it to complete and returns the
	 * job context it left. (Not a JobExecution: Spring Batch's test listeners would take a method returning
	 * one for a factory of theirs.)
	 */
	protected ExecutionContext step(String name, LocalDate runDate) {
		return step(name, runDate, new ExecutionContext());
	}

	protected ExecutionContext step(String name, LocalDate runDate, ExecutionContext jobContext) {
		Step step = this.stepBeans.stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
		JobExecution execution = this.steps.startStep(step, new JobParametersBuilder(this.steps.getUniqueJobParameters())
			.addLocalDate(RunDate.PARAMETER, runDate)
			.toJobParameters(), jobContext);
		assertThat(execution.getStatus()).as(name + " " + execution.getAllFailureExceptions())
			.isEqualTo(BatchStatus.COMPLETED);
		return execution.getExecutionContext();
	}

}
