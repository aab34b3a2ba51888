package jp.or.jrs.renewal.support;

/**
 * What a person is told about a problem, in Japanese and in English: the organizers and the office read
 * Japanese first, and the English stays for the codes' documentation and for anyone else. Reject reports
 * put both in their message cell, Japanese first; pages show them one above the other.
 */
public record Message(String ja, String en) {

	/** Both languages in one cell: {@code 日本語 / English}. */
	public String bilingual() {
		return this.ja.isEmpty() ? this.en : this.ja + " / " + this.en;
	}

	/** The message with text added to both languages. */
	public Message plus(Message more) {
		return new Message(this.ja + more.ja, this.en + more.en);
	}

	@Override
	public String toString() {
		return bilingual();
	}

}
