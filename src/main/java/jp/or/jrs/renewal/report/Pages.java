package jp.or.jrs.renewal.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.dialect.IDialect;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.serializer.StandardJavaScriptSerializer;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import jp.or.jrs.renewal.support.AtomicFiles;

/**
 * Writes the pages people read (the office dashboards and lists of runs) from the Thymeleaf templates in
 * {@code templates/}, the same templates the web portal serves. The pages written by the hundred or the
 * thousand, organizers' reports ({@code OrganizerHtml}) and member statements ({@code StatementHtml}), are
 * written outside the template engine, with the style and footer of every other page ({@link #frame}). Every
 * value is written with {@code th:text} (or, outside the templates, {@code Html.text}), which escapes it: names
 * and meeting names come from outside. Pages are
 * self-contained (their style inline, charts as inline SVG, no script), so they open from disk, by mail or
 * from the portal alike, and each is written whole under a temporary name, then renamed.
 */
@Component
public class Pages {

	private final ITemplateEngine engine;

	public Pages() {
		this(standaloneEngine());
	}

	Pages(ITemplateEngine engine) {
		this.engine = engine;
	}

	/**
	 * The engine every page of the night, the statements and the organizer's {@code check} are written with (the
	 * portal serves the same templates through Spring Boot's own).
	 */
	static ITemplateEngine standaloneEngine() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Pages.class.getClassLoader());
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setEnableSpringELCompiler(true);
		engine.setTemplateResolver(resolver);
		// The pages have no script, so nothing is ever serialised to JavaScript; Thymeleaf's own serialiser
		// spares every command that writes a page the setting up of Jackson's, which the engine makes when it
		// starts if Jackson is on the class path (45 ms of a 1,000-row check's second).
		for (IDialect dialect : engine.getDialects()) {
			if (dialect instanceof StandardDialect standard) {
				standard.setJavaScriptSerializer(new StandardJavaScriptSerializer(false));
			}
		}
		return engine;
	}

	/** Renders a template with its model into a file, published whole. */
	public void write(Path target, String template, Map<String, Object> model) {
		Context context = new Context(Locale.JAPAN, model);
		AtomicFiles.write(target, writer -> this.engine.process(template, context, writer));
	}

	/** One fragment of a template ({@code th:fragment}), rendered with the model's variables. */
	public String fragment(String template, String fragment, Map<String, Object> model) {
		return this.engine.process(template, Set.of(fragment), new Context(Locale.JAPAN, model));
	}

	/** What every page written outside the templates shares with the others: their style, and the footer of a date. */
	public record Frame(String style, String footer) {
	}

	/** The style and footer of the pages of a date, rendered from the templates. */
	public Frame frame(LocalDate asOf) {
		return new Frame(fragment("fragments/page", "style", Map.of()),
				fragment("fragments/page", "footer", Map.of("generated", asOf)));
	}

	/**
	 * Renders a sample page once on a background thread, so that the first page of the night's
	 * reports step does not pay for parsing the templates and loading the template engine: on the 1M-row
	 * night that was half a second, done while the night reads its files.
	 */
	public JobExecutionListener warmUpWhileTheNightRuns() {
		return new JobExecutionListener() {
			@Override
			public void beforeJob(JobExecution jobExecution) {
				warmUp();
			}
		};
	}

	/**
	 * Renders a sample organizer's page on a background thread, which nobody waits for: the engine is set up
	 * and the templates parsed while the caller reads its files (the organizer's {@code check} and the night).
	 */
	public void warmUp() {
		Thread warmUp = new Thread(() -> {
			try {
				renderSample();
			}
			catch (RuntimeException ex) {
				// The page the caller renders meets the same problem and reports it where people read it.
			}
		}, "pages-warm-up");
		warmUp.setDaemon(true);
		warmUp.setPriority(Thread.MIN_PRIORITY);
		warmUp.start();
	}

	/**
	 * Renders a sample organizer's page and drops it: sets the engine up and parses the page fragments, and
	 * builds the escaper's tables (a value with markup in it).
	 */
	public void renderSample() {
		OrganizerReport.SAMPLE.page(frame(OrganizerReport.SAMPLE.asOf()));
	}

}
