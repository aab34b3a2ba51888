package jp.or.jrs.renewal.roster;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition per roster file this run ingests: file readers are not thread-safe, so the night reads
 * several files at once rather than one file on several threads.
 */
public class RosterPartitioner implements Partitioner {

	public static final String FILE_NAME = "roster.file";

	public static final String FILE_ID = "roster.fileId";

	public static final String SHA256 = "roster.sha256";

	/** Step names are at most 100 characters; the partition name shows the file where it fits. */
	private static final int MAX_NAME = 80;

	private final RosterFileStore files;

	private final LocalDate runDate;

	public RosterPartitioner(RosterFileStore files, LocalDate runDate) {
		this.files = files;
		this.runDate = runDate;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		List<RosterFileStore.StoredFile> toIngest = this.files.filesToIngest(this.runDate);
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (int i = 0; i < toIngest.size(); i++) {
			RosterFileStore.StoredFile file = toIngest.get(i);
			ExecutionContext context = new ExecutionContext();
			context.putString(FILE_NAME, file.fileName());
			context.putInt(FILE_ID, file.fileId());
			context.putString(SHA256, file.sha256());
			String name = String.format("%04d %s", i + 1, file.fileName());
			partitions.put(name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name, context);
		}
		return partitions;
	}

}
