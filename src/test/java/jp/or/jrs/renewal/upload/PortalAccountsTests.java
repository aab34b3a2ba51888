package jp.or.jrs.renewal.upload;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.aop.Advisor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import jp.or.jrs.renewal.RenewalCreditsApplication;
import jp.or.jrs.renewal.catalog.MeetingId;
import jp.or.jrs.renewal.job.Night;
import jp.or.jrs.renewal.support.RefusedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Accounts change in transactions of their own, opened with a template (nothing in the application is
 * {@code @Transactional}, and no bean is examined for it at start), which join a transaction already open.
 */
@SpringBootTest(classes = RenewalCreditsApplication.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PortalAccountsTests {

	@TempDir
	static Path root;

	@Autowired
	PortalAccounts accounts;

	@Autowired
	TransactionTemplate transaction;

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) throws IOException {
		Night.withShippedSample(root).configure(registry);
	}

	@Test
	void meetingsSetInATransactionThatRollsBackStayAsTheyWere() {
		this.accounts.create("nagoya", "名古屋", PortalAccounts.Role.ORGANIZER, "nagoya-password-1", Set.of(MeetingId.of(3)));

		this.transaction.executeWithoutResult(status -> {
			this.accounts.setMeetings("nagoya", Set.of(MeetingId.of(7), MeetingId.of(8)));
			status.setRollbackOnly();
		});

		assertThat(this.accounts.find("nagoya").orElseThrow().meetings()).containsExactly(MeetingId.of(3));
	}

	@Test
	void aSecondAccountOfTheSameNameIsRefusedAndTheFirstKept() {
		this.accounts.create("sendai", "仙台", PortalAccounts.Role.ORGANIZER, "sendai-password-1", Set.of(MeetingId.of(5)));

		assertThatThrownBy(() -> this.accounts.create("sendai", "別", PortalAccounts.Role.OFFICE, "other-password-1",
				Set.of())).isInstanceOf(RefusedException.class).hasMessageContaining("exists already");
		assertThat(this.accounts.find("sendai").orElseThrow().displayName()).isEqualTo("仙台");
		assertThat(this.accounts.find("sendai").orElseThrow().meetings()).containsExactly(MeetingId.of(5));
	}

	@Test
	void noBeanIsExaminedForTransactionAdviceAtStart(@Autowired ApplicationContext context) {
		assertThat(context.getBeanNamesForType(Advisor.class)).isEmpty();
	}

}
