package jp.or.jrs.renewal.report;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The style and footer of the pages written in Java are those the portal's templates render from the same
 * fragments: one style for every page, whichever way it is written.
 */
class PagesTests {

	@Test
	void theFrameIsWhatThePortalsTemplatesRender() {
		SpringTemplateEngine portal = portalEngine();
		LocalDate asOf = LocalDate.of(2026, 11, 24);

		Pages.Frame frame = Pages.frame(asOf);

		assertThat(frame.style()).isEqualTo(fragment(portal, "style", Map.of()))
			.startsWith("<style>\n:root {")
			.endsWith("}\n</style>");
		assertThat(frame.footer()).isEqualTo(fragment(portal, "footer", Map.of("generated", asOf)))
			.isEqualTo("<footer>\n\t<span>日本医学放射線学会 更新単位 夜間処理 ・ renewal-credits ・ 2026-11-24</span>\n</footer>");
		assertThat(Pages.frame("").footer()).isEqualTo(fragment(portal, "footer", Map.of("generated", "")));
	}

	private static String fragment(SpringTemplateEngine engine, String fragment, Map<String, Object> model) {
		return engine.process("fragments/page", Set.of(fragment), new Context(Locale.JAPAN, model));
	}

	private static SpringTemplateEngine portalEngine() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PagesTests.class.getClassLoader());
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

}
