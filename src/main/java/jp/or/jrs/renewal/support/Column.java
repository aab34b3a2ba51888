package jp.or.jrs.renewal.support;

import java.util.List;

/** A column an input file may have, under any of its header names. */
public interface Column {

	/** The header names that mean this column; the first is the canonical one. */
	List<String> headerNames();

	boolean required();

	default String describe() {
		return String.join(" / ", headerNames());
	}

}
