package jp.or.jrs.renewal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The renewal-credits batch of 日本医学放射線学会: one executable jar, run every night as
 * {@code java -jar renewal-credits.jar run.date=2026-11-24 --input=DIR --output=DIR}.
 */
@SpringBootApplication
public class RenewalCreditsApplication {

	public static void main(String[] args) {
		System.exit(CommandLine.run(RenewalCreditsApplication.class, args));
	}

}
