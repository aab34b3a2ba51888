package jp.or.jrs.renewal.support;

import java.io.Serializable;
import java.util.Optional;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * A typed entry of a job's execution context: what one step leaves for a later one (the run summary's
 * counts, the night whose verdicts were carried over). Values are records or JDK types, kept with the
 * execution so that a resumed night still has them; the job configuration lets the context read back
 * this program's own records.
 */
public record ContextKey<T extends Serializable>(String name, Class<T> type) {

	public static <T extends Serializable> ContextKey<T> of(String name, Class<T> type) {
		return new ContextKey<>(name, type);
	}

	public Optional<T> get(ExecutionContext context) {
		return Optional.ofNullable(context.get(this.name, this.type));
	}

	public void put(ExecutionContext context, T value) {
		context.put(this.name, value);
	}

}
