package jp.or.jrs.renewal.web;

import java.security.Principal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, and where each role starts. */
@Controller
@ConditionalOnWebApplication
class PortalController {

	@GetMapping("/login")
	String login() {
		return "portal/login";
	}

	@GetMapping("/")
	String start(Authentication signedIn) {
		boolean office = signedIn.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_OFFICE"));
		return office ? "redirect:/office" : "redirect:/organizer";
	}

	static String user(Principal principal) {
		return principal.getName();
	}

}
