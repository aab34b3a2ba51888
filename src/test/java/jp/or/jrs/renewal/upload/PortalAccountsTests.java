package jp.or.jrs.renewal.upload;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.aopalliance.intercept.MethodInterceptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.or.jrs.renewal.RenewalCreditsApplication;
import jp.or.jrs.renewal.catalog.MeetingId;
import jp.or.jrs.renewal.job.Night;
import jp.or.jrs.renewal.support.RefusedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Accounts change all or nothing, in transactions opened with a template (nothing in the application is
 * {@code @Transactional}, and no bean is examined for it at start).
 */
@SpringBootTest(classes = { RenewalCreditsApplication.class, PortalAccountsTests.FailingMeetingRows.class })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PortalAccountsTests {

	@TempDir
	static Path root;

	@Autowired
	PortalAccounts accounts;

	/** Fails the writing of an organizer's meetings, after the rows before it were written, when asked. */
	static class FailingMeetingRows implements BeanPostProcessor {

		static final AtomicBoolean failing = new AtomicBoolean();

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (!(bean instanceof JdbcTemplate)) {
				return bean;
			}
			ProxyFactory proxy = new ProxyFactory(bean);
			proxy.setProxyTargetClass(true);
			proxy.addAdvice((MethodInterceptor) invocation -> {
				if (failing.get() && invocation.getMethod().getName().equals("update")
						&& String.valueOf(invocation.getArguments()[0]).contains("INSERT INTO organizer_meetings")) {
					throw new DataAccessResourceFailureException("the disk is full");
				}
				return invocation.proceed();
			});
			return proxy.getProxy();
		}

	}

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) throws IOException {
		Night.withShippedSample(root).configure(registry);
	}

	@Test
	void anAccountWhoseMeetingsCannotBeWrittenIsNotCreated() {
		FailingMeetingRows.failing.set(true);
		try {
			assertThatThrownBy(() -> this.accounts.create("kobe", "神戸", PortalAccounts.Role.ORGANIZER,
					"kobe-password-1", Set.of(MeetingId.of(3)))).isInstanceOf(DataAccessResourceFailureException.class);
		}
		finally {
			FailingMeetingRows.failing.set(false);
		}

		assertThat(this.accounts.find("kobe")).isEmpty();
	}

	@Test
	void meetingsThatCannotAllBeWrittenLeaveTheFormerOnes() {
		this.accounts.create("nagoya", "名古屋", PortalAccounts.Role.ORGANIZER, "nagoya-password-1", Set.of(MeetingId.of(3)));

		FailingMeetingRows.failing.set(true);
		try {
			assertThatThrownBy(() -> this.accounts.setMeetings("nagoya", Set.of(MeetingId.of(7), MeetingId.of(8))))
				.isInstanceOf(DataAccessResourceFailureException.class);
		}
		finally {
			FailingMeetingRows.failing.set(false);
		}

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
