package jp.or.jrs.renewal.cli;

import java.security.SecureRandom;
import java.util.Locale;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import jp.or.jrs.renewal.upload.PortalAccounts;
import jp.or.jrs.renewal.upload.PortalAccounts.Role;
import jp.or.jrs.renewal.support.RefusedException;

/**
 * {@code account}: the portal's accounts from the command line (the office's page does the same). New
 * passwords are random, printed once, and kept only as hashes.
 */
// Lazy: a command builds only the handler it runs (see CommandHandler).
@Lazy
@Component
class AccountCommand implements CommandHandler {

	private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final PortalAccounts accounts;

	AccountCommand(PortalAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public int run(Invocation invocation) {
		if (invocation.operands().isEmpty()) {
			throw new RefusedException("account needs what to do: add, list, meetings, password or disable; "
					+ Command.help(Command.ACCOUNT));
		}
		String action = invocation.operands().get(0);
		switch (action) {
			case "list" -> this.accounts.all().forEach(a -> System.out.println(a.username() + "\t" + a.role() + "\t"
					+ (a.enabled() ? "enabled" : "disabled") + "\t" + a.displayName() + "\t" + a.meetings()));
			case "add" -> {
				String username = user(invocation);
				Role role = Role.valueOf(invocation.option("role").orElse("organizer").toUpperCase(Locale.ROOT));
				String password = randomPassword();
				this.accounts.create(username, invocation.option("name").orElse(username), role, password,
						PortalAccounts.parseMeetings(invocation.option("meetings").orElse("")));
				System.out.println("Account " + username + " (" + role + ") created. Its password, shown once: " + password);
			}
			case "meetings" -> {
				if (invocation.operands().size() != 3) {
					throw new RefusedException("account meetings USER M0001,M0004");
				}
				this.accounts.setMeetings(user(invocation), PortalAccounts.parseMeetings(invocation.operands().get(2)));
				System.out.println("Meetings of " + user(invocation) + ": " + this.accounts.meetingsOf(user(invocation)));
			}
			case "password" -> {
				String password = randomPassword();
				this.accounts.setPassword(user(invocation), password);
				System.out.println("New password of " + user(invocation) + ", shown once: " + password);
			}
			case "disable" -> {
				this.accounts.setEnabled(user(invocation), false);
				System.out.println("Account " + user(invocation) + " can no longer sign in.");
			}
			default -> throw new RefusedException("unknown action '" + action + "'; " + Command.help(Command.ACCOUNT));
		}
		return ExitCodes.COMPLETED;
	}

	private String user(Invocation invocation) {
		if (invocation.operands().size() < 2) {
			throw new RefusedException("account " + invocation.operands().get(0) + " needs the user name");
		}
		String username = invocation.operands().get(1);
		if (!invocation.operands().get(0).equals("add") && this.accounts.find(username).isEmpty()) {
			throw new RefusedException("there is no account " + username + "; `account list` lists them");
		}
		return username;
	}

	private static String randomPassword() {
		StringBuilder password = new StringBuilder(16);
		for (int i = 0; i < 16; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
