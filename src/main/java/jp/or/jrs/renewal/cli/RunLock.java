package jp.or.jrs.renewal.cli;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

/**
 * One run at a time. The embedded HSQLDB database keeps a lock file: a second process cannot open it at
 * all, and fails at start with exit status 6. On PostgreSQL the same guarantee comes from a
 * session-level advisory lock, held on one connection for the life of the process, so a killed process
 * releases it with its connection.
 */
@Component
public class RunLock {

	/** The advisory lock key: "renewal" in ASCII. */
	private static final long KEY = 0x72656e6577616cL;

	private final DataSource dataSource;

	private Connection held;

	public RunLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Thrown when another process holds the lock. */
	public static class HeldElsewhereException extends RuntimeException {

		HeldElsewhereException(String message) {
			super(message);
		}

	}

	public synchronized void acquire() throws SQLException {
		if (this.held != null) {
			return;
		}
		Connection connection = this.dataSource.getConnection();
		if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
			connection.close();
			return;
		}
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT pg_try_advisory_lock(" + KEY + ")")) {
			rs.next();
			if (!rs.getBoolean(1)) {
				connection.close();
				throw new HeldElsewhereException(
						"another run is using the database; wait for it to finish. Nothing was changed.");
			}
		}
		this.held = connection;
	}

	@PreDestroy
	public synchronized void release() throws SQLException {
		if (this.held != null) {
			this.held.close();
			this.held = null;
		}
	}

}
