package jp.or.jrs.renewal.cli;

import java.util.concurrent.CountDownLatch;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

/**
 * {@code serve}: the organizers' portal. The command runs until the process is stopped (Ctrl-C, or
 * {@code systemctl stop}); the web server, the portal's night and the database close with it.
 */
@Component
class ServeCommand implements CommandHandler, ApplicationListener<ContextClosedEvent> {

	private final ApplicationContext context;

	private final CountDownLatch closed = new CountDownLatch(1);

	ServeCommand(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public int run(Invocation invocation) throws InterruptedException {
		if (this.context instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			System.out.println("The portal is at http://localhost:" + web.getWebServer().getPort()
					+ "/ (stop it with Ctrl-C). While it runs, it holds the database and runs the night itself.");
		}
		this.closed.await();
		return ExitCodes.COMPLETED;
	}

	@Override
	public void onApplicationEvent(ContextClosedEvent event) {
		this.closed.countDown();
	}

}
