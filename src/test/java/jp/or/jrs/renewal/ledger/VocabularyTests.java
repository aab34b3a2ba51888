package jp.or.jrs.renewal.ledger;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import jp.or.jrs.renewal.roster.RosterFileStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The codes the database keeps for the credit vocabulary. They are stored in every ledger chunk and every
 * run's file summary: changing one would misread the ledger, so they are pinned here.
 */
class VocabularyTests {

	@Test
	void creditTypesKeepTheirLedgerCodes() {
		assertThat(Arrays.stream(CreditType.values()).map(t -> t.code() + " " + t.name() + " " + t.japanese()))
			.containsExactly("1 ATTENDANCE 参加", "2 SOCIETY_LECTURE 必須講習", "3 COMMON_LECTURE 共通講習",
					"4 DOMAIN_LECTURE 領域講習");
		for (CreditType type : CreditType.values()) {
			assertThat(CreditType.ofCode(type.code())).isSameAs(type);
		}
		assertThatThrownBy(() -> CreditType.ofCode(0)).hasMessageContaining("no credit type has the ledger code 0");
	}

	@Test
	void topicsKeepTheirLedgerCodesAndSpelling() {
		assertThat(Arrays.stream(Topic.values()).map(t -> t.code() + " " + t.label())).containsExactly("0 ",
				"1 医療安全・放射線防護", "2 医療倫理", "3 医療の質:診断", "4 医療の質:治療", "5 医療安全", "6 感染対策", "7 医療法制",
				"8 地域医療", "9 医療福祉制度", "10 医療経済", "11 両立支援", "12 診断", "13 治療", "14 診断・治療");
		for (Topic topic : Topic.values()) {
			assertThat(Topic.ofCode(topic.code())).isSameAs(topic);
		}
	}

	@Test
	void eachCreditTypeTakesTheTopicsOfSpecSection3() {
		assertThat(CreditType.ATTENDANCE.topics()).isEmpty();
		assertThat(CreditType.SOCIETY_LECTURE.topic("医療の質：診断")).contains(Topic.QUALITY_DIAGNOSTIC);
		assertThat(CreditType.COMMON_LECTURE.topic("医療倫理")).contains(Topic.ETHICS);
		assertThat(CreditType.SOCIETY_LECTURE.topic("感染対策")).isEmpty();
		assertThat(CreditType.DOMAIN_LECTURE.topics()).containsExactly(Topic.DIAGNOSTIC, Topic.THERAPEUTIC,
				Topic.DIAGNOSTIC_AND_THERAPEUTIC);
		assertThat(CreditType.of("領域講習")).contains(CreditType.DOMAIN_LECTURE);
		assertThat(CreditType.of("")).contains(CreditType.ATTENDANCE);
	}

	@Test
	void rosterFileStatusesKeepTheNamesRunsStored() {
		assertThat(RosterFileStatus.values()).extracting(Enum::name)
			.containsExactly("INGESTED", "UNCHANGED", "REPLACED", "FILE_REJECTED", "WITHDRAWN");
	}

}
