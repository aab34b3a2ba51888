package jp.or.jrs.renewal.web;

import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import jp.or.jrs.renewal.catalog.CatalogStore;
import jp.or.jrs.renewal.catalog.Meeting;
import jp.or.jrs.renewal.catalog.MeetingId;
import jp.or.jrs.renewal.report.OrganizerReport;
import jp.or.jrs.renewal.roster.RosterDryRun;
import jp.or.jrs.renewal.upload.PortalAccounts;
import jp.or.jrs.renewal.upload.RosterUploads;
import jp.or.jrs.renewal.upload.RosterUploads.Upload;
import jp.or.jrs.renewal.support.RefusedException;

/**
 * An organizer's pages: their meetings and uploads, uploading a roster and seeing at once every problem
 * the night would find, sending it to the next night, and after each night what became of it. An
 * organizer sees their own uploads only; another's answers "not found".
 */
@Controller
@ConditionalOnWebApplication
class OrganizerController {

	private final RosterUploads uploads;

	private final PortalAccounts accounts;

	private final CatalogStore catalog;

	private final PortalNight night;

	OrganizerController(RosterUploads uploads, PortalAccounts accounts, CatalogStore catalog, PortalNight night) {
		this.uploads = uploads;
		this.accounts = accounts;
		this.catalog = catalog;
		this.night = night;
	}

	/** An upload with what became of it, for the lists. */
	record Row(Upload upload, RosterUploads.Fate fate, String meeting) {
	}

	@GetMapping("/organizer")
	String home(Principal principal, Model model) {
		String user = principal.getName();
		Map<MeetingId, String> names = meetingNames();
		model.addAttribute("account", this.accounts.find(user).orElseThrow());
		model.addAttribute("meetings", this.accounts.meetingsOf(user).stream()
			.map(id -> Map.entry(id.toString(), names.getOrDefault(id, id.toString())))
			.toList());
		model.addAttribute("uploads", rows(this.uploads.of(user), names));
		model.addAttribute("maxMegabytes", RosterUploads.MAX_BYTES >> 20);
		return "portal/organizer";
	}

	@PostMapping("/organizer/uploads")
	String upload(Principal principal, @RequestParam("meeting") String meeting,
			@RequestParam("file") MultipartFile file) throws IOException {
		if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
			throw new RefusedException("choose a roster file to upload");
		}
		Upload checked = this.uploads.check(principal.getName(), meetingId(meeting), file.getOriginalFilename(),
				file.getBytes());
		return "redirect:/organizer/uploads/" + checked.id();
	}

	@GetMapping("/organizer/uploads/{id}")
	String upload(Principal principal, @PathVariable long id, Model model) {
		Upload upload = own(principal, id);
		return show(upload, model, meetingNames(), this.uploads);
	}

	@PostMapping("/organizer/uploads/{id}/confirm")
	String confirm(Principal principal, @PathVariable long id) {
		own(principal, id);
		this.uploads.confirm(principal.getName(), id, this.night.running() != null);
		return "redirect:/organizer/uploads/" + id;
	}

	/** The page of one upload: the check as of now, and once a night took it, what the night found. */
	static String show(Upload upload, Model model, Map<MeetingId, String> names, RosterUploads uploads) {
		RosterDryRun.Outcome outcome = uploads.recheck(upload);
		RosterUploads.Fate fate = uploads.fate(upload);
		model.addAttribute("row", new Row(upload, fate, names.getOrDefault(upload.meeting(), upload.meeting().toString())));
		model.addAttribute("report", new OrganizerReport(upload.originalName(), LocalDate.now(), null,
				outcome.dataRows(), outcome.accepted(), outcome.rejected(), outcome.duplicate(), outcome.problems(), null));
		List<jp.or.jrs.renewal.support.Problem> nightProblems = uploads.nightProblems(upload, fate);
		model.addAttribute("nightReport", (fate.runDate() == null) ? null
				: new OrganizerReport(upload.originalName(), fate.runDate(), null, fate.accepted() + fate.rejected()
						+ fate.duplicate(), fate.accepted(), fate.rejected(), fate.duplicate(), nightProblems, null));
		return "portal/upload";
	}

	private Upload own(Principal principal, long id) {
		return this.uploads.find(id)
			.filter(upload -> upload.username().equals(principal.getName()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	List<Row> rows(List<Upload> uploads, Map<MeetingId, String> names) {
		return uploads.stream()
			.map(u -> new Row(u, this.uploads.fate(u), names.getOrDefault(u.meeting(), u.meeting().toString())))
			.toList();
	}

	Map<MeetingId, String> meetingNames() {
		return this.catalog.activeMeetings().stream().collect(Collectors.toMap(Meeting::id, Meeting::name));
	}

	private static MeetingId meetingId(String text) {
		try {
			return MeetingId.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw new RefusedException("choose one of your meetings");
		}
	}

}
