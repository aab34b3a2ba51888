package jp.or.jrs.renewal.job;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

import jp.or.jrs.renewal.ledger.CreditLedger;

/**
 * Runs {@link #beforeChunk()} each time ingestion adds a chunk of credits to the ledger: the seam through
 * which tests fail or slow a run. Added to the application as an extra configuration source.
 */
abstract class LedgerChunkHook implements BeanPostProcessor {

	abstract void beforeChunk() throws Exception;

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof CreditLedger)) {
			return bean;
		}
		return intercepted(bean, invocation -> {
			if (invocation.getMethod().getName().equals("addCredits")) {
				beforeChunk();
			}
			return invocation.proceed();
		});
	}

	/** The bean behind a class proxy that runs every call through the advice: the seam these hooks share. */
	static Object intercepted(Object bean, MethodInterceptor advice) {
		ProxyFactory proxy = new ProxyFactory(bean);
		proxy.setProxyTargetClass(true);
		proxy.addAdvice(advice);
		return proxy.getProxy();
	}

}
