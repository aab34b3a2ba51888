package jp.or.jrs.renewal.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload larger than the portal takes is answered before anything reads it: with status 413 and the
 * error page's message (too large, what to do, nothing kept). Left to the multipart parser, the sign-in
 * filter's CSRF check would be the first to read the body, and the organizer would see "forbidden".
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadSizeLimit extends OncePerRequestFilter {

	private final long maxBytes;

	UploadSizeLimit(MultipartProperties multipart) {
		this.maxBytes = multipart.getMaxRequestSize().toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type != null && type.startsWith("multipart/") && request.getContentLengthLong() > this.maxBytes) {
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "the upload is too large");
			return;
		}
		chain.doFilter(request, response);
	}

}
