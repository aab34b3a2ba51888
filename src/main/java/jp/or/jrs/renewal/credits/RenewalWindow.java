package jp.or.jrs.renewal.credits;

import java.time.LocalDate;

import jp.or.jrs.renewal.member.Certification;

/**
 * The credits a certification is judged on lie in its window (spec §4): from June 1 five years before
 * the expiry year to May 31 of the expiry year, one year longer at the end with a grace deferral. The
 * renewal year is the year the window ends.
 */
public record RenewalWindow(LocalDate start, LocalDate end) {

	public static RenewalWindow of(Certification certification) {
		int expiryYear = certification.expiresOn().getYear();
		int endYear = certification.grace() ? expiryYear + 1 : expiryYear;
		return new RenewalWindow(LocalDate.of(expiryYear - 5, 6, 1), LocalDate.of(endYear, 5, 31));
	}

	public int renewalYear() {
		return this.end.getYear();
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(this.start) && !date.isAfter(this.end);
	}

}
