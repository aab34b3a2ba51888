package jp.or.jrs.renewal.job;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.config.BeanPostProcessor;

import jp.or.jrs.renewal.credits.EligibilityHistory;
import jp.or.jrs.renewal.credits.MemberAssessments;

/**
 * Makes the credits step fail in the middle: the {@link #FAIL_ON_CHUNK}th chunk of judged members fails as
 * its history rows are written, after the judged files took their lines (so the step's files must be
 * truncated back on restart). Added as an extra configuration source by tests only.
 */
public class JudgingFault implements BeanPostProcessor {

	static final int FAIL_ON_CHUNK = 2;

	static final AtomicInteger chunks = new AtomicInteger();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof EligibilityHistory)) {
			return bean;
		}
		return LedgerChunkHook.intercepted(bean, invocation -> {
			Object result = invocation.proceed();
			if (!invocation.getMethod().getName().equals("writer")) {
				return result;
			}
			@SuppressWarnings("unchecked")
			ItemWriter<MemberAssessments> writer = (ItemWriter<MemberAssessments>) result;
			return (ItemWriter<MemberAssessments>) chunk -> {
				if (chunks.incrementAndGet() == FAIL_ON_CHUNK) {
					throw new IllegalStateException("injected fault in judged chunk " + FAIL_ON_CHUNK);
				}
				writer.write(chunk);
			};
		});
	}

}
