package jp.or.jrs.renewal.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.or.jrs.renewal.report.MemberStatements;
import jp.or.jrs.renewal.report.RunFigures;
import jp.or.jrs.renewal.support.RefusedException;
import jp.or.jrs.renewal.support.RenewalProperties;
import jp.or.jrs.renewal.support.RunDate;
import jp.or.jrs.renewal.upload.PortalAccounts;
import jp.or.jrs.renewal.upload.RosterUploads;

/**
 * The office's pages: every upload, the runs and their dashboards (the files each night wrote), any
 * member's statement on demand, running a night now, and the organizers' accounts.
 */
@Controller
@ConditionalOnWebApplication
class OfficeController {

	private final RosterUploads uploads;

	private final PortalAccounts accounts;

	private final RunFigures runs;

	private final MemberStatements statements;

	private final PortalNight night;

	private final OrganizerController organizers;

	private final RenewalProperties properties;

	OfficeController(RosterUploads uploads, PortalAccounts accounts, RunFigures runs, MemberStatements statements,
			PortalNight night, OrganizerController organizers, RenewalProperties properties) {
		this.uploads = uploads;
		this.accounts = accounts;
		this.runs = runs;
		this.statements = statements;
		this.night = night;
		this.organizers = organizers;
		this.properties = properties;
	}

	@GetMapping("/office")
	String home(Model model) {
		model.addAttribute("uploads", this.organizers.rows(this.uploads.all(), this.organizers.meetingNames()));
		java.util.List<RunFigures.Figure> all = new java.util.ArrayList<>(this.runs.all());
		java.util.Collections.reverse(all);
		model.addAttribute("runs", all);
		model.addAttribute("nightRunning", this.night.running());
		model.addAttribute("today", LocalDate.now());
		return "portal/office";
	}

	@GetMapping("/office/uploads/{id}")
	String upload(@PathVariable long id, Model model) {
		return OrganizerController.show(this.uploads.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)), model, this.organizers.meetingNames(),
				this.uploads);
	}

	@PostMapping("/office/night")
	String runNight(@RequestParam("runDate") String runDate, RedirectAttributes redirect) {
		boolean started = this.night.start(RunDate.parse(runDate));
		redirect.addFlashAttribute("message", started ? "night-started" : "night-running");
		return "redirect:/office";
	}

	/** A member's statement: the same page the {@code statement} command writes. */
	@GetMapping(path = "/office/statements", produces = "text/html;charset=UTF-8")
	@ResponseBody
	String statement(@RequestParam("member") String memberId) {
		return this.statements.page(memberId.strip())
			.orElseThrow(() -> new RefusedException("member " + memberId + " holds no certification to renew"));
	}

	/** The files a night wrote (its dashboard and what it links to), and the page of every run. */
	@GetMapping({ "/office/runs/{*path}" })
	ResponseEntity<byte[]> runFile(@PathVariable("path") String path) throws IOException {
		Path output = this.properties.output().toAbsolutePath().normalize();
		String relative = path.startsWith("/") ? path.substring(1) : path;
		if (relative.isEmpty()) {
			relative = "index.html";
		}
		boolean runFile = relative.equals("index.html") || relative.matches("\\d{4}-\\d{2}-\\d{2}/[^\\\\]+");
		Path file = output.resolve(relative).normalize();
		if (!runFile || !file.startsWith(output) || file.startsWith(output.resolve("db"))
				|| file.startsWith(output.resolve("uploads")) || !Files.isRegularFile(file)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		String name = file.getFileName().toString();
		MediaType type = name.endsWith(".html") ? MediaType.parseMediaType("text/html;charset=UTF-8")
				: name.endsWith(".csv") ? MediaType.parseMediaType("text/csv;charset=UTF-8")
						: name.endsWith(".pdf") ? MediaType.APPLICATION_PDF : MediaType.parseMediaType("text/plain;charset=UTF-8");
		return ResponseEntity.ok().contentType(type).body(Files.readAllBytes(file));
	}

	@GetMapping("/office/accounts")
	String accounts(Model model) {
		model.addAttribute("accounts", this.accounts.all());
		model.addAttribute("meetings", this.organizers.meetingNames());
		model.addAttribute("minPassword", PortalAccounts.MIN_PASSWORD);
		return "portal/accounts";
	}

	@PostMapping("/office/accounts")
	String createOrganizer(@RequestParam String username, @RequestParam String displayName,
			@RequestParam String password, @RequestParam(defaultValue = "") String meetings,
			RedirectAttributes redirect) {
		this.accounts.create(username.strip(), displayName.strip(), PortalAccounts.Role.ORGANIZER, password,
				PortalAccounts.parseMeetings(meetings));
		redirect.addFlashAttribute("message", "account-created");
		return "redirect:/office/accounts";
	}

	@PostMapping("/office/accounts/{username}/meetings")
	String setMeetings(@PathVariable String username, @RequestParam(defaultValue = "") String meetings,
			RedirectAttributes redirect) {
		this.accounts.find(username).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.accounts.setMeetings(username, PortalAccounts.parseMeetings(meetings));
		redirect.addFlashAttribute("message", "account-updated");
		return "redirect:/office/accounts";
	}

	@PostMapping("/office/accounts/{username}/password")
	String setPassword(@PathVariable String username, @RequestParam String password, RedirectAttributes redirect) {
		this.accounts.setPassword(username, password);
		redirect.addFlashAttribute("message", "account-updated");
		return "redirect:/office/accounts";
	}

}
