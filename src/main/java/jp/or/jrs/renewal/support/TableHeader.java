package jp.or.jrs.renewal.support;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The header row of an input file, mapped onto the columns it must or may have: header names compared as
 * {@link NameKey}s (so {@code 会員番号}, {@code Member_ID} and full-width forms all work), in any order,
 * other columns ignored.
 */
public final class TableHeader<C extends Enum<C> & Column> {

	private final String[] cells;

	private final Map<C, Integer> indexes;

	/** The cell index of each column by its ordinal, -1 when absent: read for every cell of every row. */
	private final int[] indexByOrdinal;

	private TableHeader(String[] cells, Map<C, Integer> indexes, Class<C> columns) {
		this.cells = cells;
		this.indexes = indexes;
		this.indexByOrdinal = new int[columns.getEnumConstants().length];
		java.util.Arrays.fill(this.indexByOrdinal, -1);
		indexes.forEach((column, index) -> this.indexByOrdinal[column.ordinal()] = index);
	}

	/** The header, or the problems that make the file unusable (code {@code BAD_HEADER}, line 0). */
	public static <C extends Enum<C> & Column> Parsed<C> parse(String[] cells, Class<C> columns) {
		Map<C, Integer> indexes = new EnumMap<>(columns);
		List<Problem> problems = new ArrayList<>();
		for (int i = 0; i < cells.length; i++) {
			String key = NameKey.of(cells[i]);
			for (C column : columns.getEnumConstants()) {
				if (column.headerNames().stream().map(NameKey::of).anyMatch(key::equals)) {
					Integer earlier = indexes.putIfAbsent(column, i);
					if (earlier != null) {
						problems.add(new Problem(0, cells[i], "BAD_HEADER", new Message("1つの項目に2つの列があります: '"
								+ cells[earlier] + "'(" + (earlier + 1) + "列目)と '" + cells[i] + "'(" + (i + 1)
								+ "列目)はどちらも " + column.describe() + " です。どちらか1つを残してください",
								"two columns for one field: '" + cells[earlier] + "' (column " + (earlier + 1) + ") and '"
										+ cells[i] + "' (column " + (i + 1) + ") both mean " + column.describe()
										+ "; keep one of them"),
								cells[i]));
					}
				}
			}
		}
		for (C column : columns.getEnumConstants()) {
			if (column.required() && !indexes.containsKey(column)) {
				problems.add(new Problem(0, column.headerNames().get(0), "BAD_HEADER",
						new Message("必須の列 " + column.describe() + " がありません。見出し行に追加してください。見出し行: "
								+ String.join(",", cells), "required column " + column.describe()
										+ " is missing; the header row reads: " + String.join(",", cells)),
						""));
			}
		}
		return new Parsed<>(problems.isEmpty() ? new TableHeader<>(cells, indexes, columns) : null, problems);
	}

	/** A parsed header, or why there is none. */
	public record Parsed<C extends Enum<C> & Column>(TableHeader<C> header, List<Problem> problems) {
	}

	public int width() {
		return this.cells.length;
	}

	public boolean has(C column) {
		return this.indexes.containsKey(column);
	}

	/** The column's name as the file writes it, for reject reports. */
	public String name(C column) {
		Integer index = this.indexes.get(column);
		return (index != null) ? this.cells[index] : column.headerNames().get(0);
	}

	/** The row's cell for this column, stripped; empty when the file has no such column. */
	public String cell(CsvRow row, C column) {
		int index = this.indexByOrdinal[column.ordinal()];
		return (index >= 0) ? Text.strip(row.cell(index)) : "";
	}

}
