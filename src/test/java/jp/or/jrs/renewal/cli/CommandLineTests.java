package jp.or.jrs.renewal.cli;

import org.junit.jupiter.api.Test;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a command's context goes without is named by class: Boot ignores an exclusion that names no class,
 * and a listener filtered by a name that no longer exists is kept, so a rename in a new Boot would quietly
 * bring them back. These fail instead.
 */
class CommandLineTests {

	@Test
	void everyConfigurationOnlyThePortalUsesIsOneBootHas() {
		assertThat(CommandLine.PORTAL_ONLY)
			.allSatisfy(name -> assertThat(ClassUtils.isPresent(name, null)).as(name).isTrue());
	}

	@Test
	void theBackgroundInitialisationACommandGoesWithoutIsBoots() {
		assertThat(ClassUtils.isPresent(CommandLine.BACKGROUND_PREINITIALIZATION, null)).isTrue();
	}

}
