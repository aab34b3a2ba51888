package jp.or.jrs.renewal.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.util.DriverDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Keeps HSQLDB from compiling the same SQL again each time it is prepared.
 * <p>
 * HSQLDB keeps a session's compiled statements only while one of them is open: when the last prepared
 * statement for an SQL text closes, the compiled statement goes, and the next prepare parses and plans it
 * again. JdbcTemplate and Spring Batch close every statement after use, so each partition's and chunk's
 * metadata updates, and each of our own queries, were compiled afresh: about 1.1 s of processor time on a
 * first 1M night (a third of it on the main thread while it creates the ingest partitions one after
 * another), 0.2 s on a night that judges again ({@code bench/RESULTS.md}).
 * <p>
 * So each pooled connection keeps open, for as long as it lives, the first statement it prepared for each
 * SQL text (and way of preparing it), never executed; a later prepare of the same text finds the compiled
 * statement. At most {@link #KEPT_PER_CONNECTION} are kept a connection, so SQL written with its values
 * in it cannot grow the set without bound. A schema change (Flyway's migrations, at the start of a
 * command) makes HSQLDB compile again what was prepared before it, as it did without this.
 * <p>
 * Only the embedded database: PostgreSQL's driver keeps its own server-side statements.
 */
@Component
public class HsqldbKeptStatements implements BeanPostProcessor {

	/** The most statements a connection keeps open; beyond, statements are prepared as before. */
	static final int KEPT_PER_CONNECTION = 500;

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool && pool.getDataSource() == null
				&& DatabaseDriver.fromJdbcUrl(pool.getJdbcUrl()) == DatabaseDriver.HSQLDB) {
			// What Hikari would connect with itself, with the connections it makes wrapped.
			pool.setDataSource(keepingStatements(new DriverDataSource(pool.getJdbcUrl(), pool.getDriverClassName(),
					pool.getDataSourceProperties(), pool.getUsername(), pool.getPassword())));
		}
		return bean;
	}

	/** A data source whose connections keep the statements they prepare compiled. */
	public static DataSource keepingStatements(DataSource connections) {
		return new DelegatingDataSource(connections) {
			@Override
			public Connection getConnection() throws SQLException {
				return keeping(super.getConnection());
			}

			@Override
			public Connection getConnection(String username, String password) throws SQLException {
				return keeping(super.getConnection(username, password));
			}
		};
	}

	static Connection keeping(Connection connection) {
		return (Connection) Proxy.newProxyInstance(HsqldbKeptStatements.class.getClassLoader(),
				new Class<?>[] { Connection.class }, new Keeping(connection));
	}

	/** A connection that keeps the first statement prepared for each SQL text open until it closes. */
	private static final class Keeping implements InvocationHandler {

		private final Connection connection;

		private final Map<List<Object>, PreparedStatement> kept = new ConcurrentHashMap<>();

		Keeping(Connection connection) {
			this.connection = connection;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			String name = method.getName();
			if (name.equals("prepareStatement")) {
				keep(method, args);
			}
			else if (name.equals("close")) {
				closeKept();
			}
			else if (name.equals("equals")) {
				return proxy == args[0];
			}
			else if (name.equals("hashCode")) {
				return System.identityHashCode(proxy);
			}
			try {
				return method.invoke(this.connection, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		}

		/** Prepares a second statement for a text met the first time, and keeps it open. */
		private void keep(Method method, Object[] args) throws Throwable {
			List<Object> key = key(method, args);
			if (this.kept.containsKey(key) || this.kept.size() >= KEPT_PER_CONNECTION) {
				return;
			}
			try {
				this.kept.put(key, (PreparedStatement) method.invoke(this.connection, args));
			}
			catch (InvocationTargetException ex) {
				// Not preparable (an error in the SQL): the caller's own prepare reports it.
			}
		}

		private static List<Object> key(Method method, Object[] args) {
			List<Object> key = new ArrayList<>(args.length + 1);
			key.add(method);
			for (Object arg : args) {
				key.add((arg instanceof int[] columns) ? Arrays.toString(columns)
						: (arg instanceof String[] columns) ? Arrays.asList(columns) : arg);
			}
			return key;
		}

		private void closeKept() {
			for (PreparedStatement statement : this.kept.values()) {
				try {
					statement.close();
				}
				catch (SQLException ex) {
					// The connection closes next, and with it every statement.
				}
			}
			this.kept.clear();
		}

	}

}
