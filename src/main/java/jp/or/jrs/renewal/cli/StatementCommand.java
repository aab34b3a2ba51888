package jp.or.jrs.renewal.cli;

import java.nio.file.Path;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import jp.or.jrs.renewal.report.MemberStatements;
import jp.or.jrs.renewal.support.RefusedException;
import jp.or.jrs.renewal.support.RenewalProperties;

/**
 * {@code statement}: member statements (HTML, one page per member) from the database as the last night
 * left it: one member's, or the mailing season's ({@code --renewing=YEAR}, {@code --short}).
 */
// Lazy: a command builds only the handler it runs (see CommandHandler).
@Lazy
@Component
class StatementCommand implements CommandHandler {

	private final MemberStatements statements;

	private final RenewalProperties properties;

	StatementCommand(MemberStatements statements, RenewalProperties properties) {
		this.statements = statements;
		this.properties = properties;
	}

	@Override
	public int run(Invocation invocation) {
		if (invocation.operands().size() > 1) {
			throw new RefusedException("statement takes one member number at most; " + Command.help(Command.STATEMENT));
		}
		String memberId = invocation.operands().isEmpty() ? null : invocation.operands().get(0);
		Integer year = invocation.option("renewing", Integer.class).orElse(null);
		boolean shortOnly = invocation.flag("short");
		if (memberId == null && year == null && !shortOnly) {
			throw new RefusedException("say whose statements: a member number, --renewing=YEAR or --short; "
					+ Command.help(Command.STATEMENT));
		}
		Path folder = invocation.option("to").map(Path::of)
			.orElse(this.properties.runFolder(this.statements.asOf()).resolve("statements"));
		long started = System.nanoTime();
		int written = this.statements.write(new MemberStatements.Selection(memberId, year, shortOnly), folder);
		if (memberId != null && written == 0) {
			throw new RefusedException("member " + memberId + " holds no certification to renew");
		}
		System.out.printf("%d statement%s written to %s (%.1f s)%n", written, (written == 1) ? "" : "s",
				(memberId != null) ? folder.resolve(memberId + ".html") : folder, (System.nanoTime() - started) / 1e9);
		return ExitCodes.COMPLETED;
	}

}
