package jp.or.jrs.renewal.job;

import java.util.concurrent.atomic.AtomicInteger;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

import jp.or.jrs.renewal.ledger.CreditLedger;

/**
 * Makes ingestion fail in the middle: the ledger fails to add the {@link #FAIL_ON_CHUNK}th chunk of
 * credits, counted across all files. Added as an extra configuration source by tests only.
 */
public class FaultInjection implements BeanPostProcessor {

	static final int FAIL_ON_CHUNK = 4;

	static final AtomicInteger chunks = new AtomicInteger();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof CreditLedger)) {
			return bean;
		}
		ProxyFactory proxy = new ProxyFactory(bean);
		proxy.setProxyTargetClass(true);
		proxy.addAdvice((MethodInterceptor) invocation -> {
			if (invocation.getMethod().getName().equals("addCredits") && chunks.incrementAndGet() == FAIL_ON_CHUNK) {
				throw new IllegalStateException("injected fault in chunk " + FAIL_ON_CHUNK);
			}
			return invocation.proceed();
		});
		return proxy.getProxy();
	}

}
