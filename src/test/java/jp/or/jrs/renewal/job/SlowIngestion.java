package jp.or.jrs.renewal.job;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

import jp.or.jrs.renewal.CommandLine;
import jp.or.jrs.renewal.RenewalCreditsApplication;
import jp.or.jrs.renewal.ledger.CreditLedger;

/**
 * The real application, with each roster chunk written 20 ms slower, so that a test can kill the JVM in
 * the middle of ingestion whatever the machine's speed. Tests start it as a child JVM.
 */
public class SlowIngestion implements BeanPostProcessor {

	public static void main(String[] args) {
		System.exit(CommandLine.run(new Class<?>[] { RenewalCreditsApplication.class, SlowIngestion.class }, args));
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof CreditLedger)) {
			return bean;
		}
		ProxyFactory proxy = new ProxyFactory(bean);
		proxy.setProxyTargetClass(true);
		proxy.addAdvice((MethodInterceptor) invocation -> {
			Object result = invocation.proceed();
			if (invocation.getMethod().getName().equals("addCredits")) {
				Thread.sleep(20);
			}
			return result;
		});
		return proxy.getProxy();
	}

}
