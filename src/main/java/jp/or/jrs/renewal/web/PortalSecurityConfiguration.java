package jp.or.jrs.renewal.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import jp.or.jrs.renewal.upload.PortalAccounts;

/**
 * Who may see what: the sign-in page and the style are open; {@code /organizer/**} is for organizers,
 * {@code /office/**} for the office; everything else is refused. Form sign-in against the portal's
 * accounts (hashed passwords), CSRF tokens on every form (Spring Security's default), sessions that
 * expire ({@code server.servlet.session.timeout}), and headers that keep pages out of frames and scripts
 * out of pages.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableWebSecurity
public class PortalSecurityConfiguration {

	@Bean
	public SecurityFilterChain portalSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/error").permitAll()
			.requestMatchers("/organizer/**").hasRole(PortalAccounts.Role.ORGANIZER.name())
			.requestMatchers("/office/**").hasRole(PortalAccounts.Role.OFFICE.name())
			.requestMatchers("/").authenticated()
			.anyRequest().denyAll())
			.formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.newSession()))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; style-src 'unsafe-inline'; "
						+ "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	@Bean
	public PasswordEncoder passwordEncoder(PortalAccounts accounts) {
		return accounts.encoder();
	}

	@Bean
	public UserDetailsService portalUsers(PortalAccounts accounts) {
		return username -> accounts.find(username)
			.filter(PortalAccounts.Account::enabled)
			.flatMap(account -> accounts.passwordHash(username).map(hash -> User.withUsername(username)
				.password(hash)
				.roles(account.role().name())
				.build()))
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
	}

}
