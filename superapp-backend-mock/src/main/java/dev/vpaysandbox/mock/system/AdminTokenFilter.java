package dev.vpaysandbox.mock.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.URLDecoder;
import java.security.MessageDigest;
import java.util.Objects;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.vpaysandbox.web.Problems;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Guards the sandbox control API with {@code Authorization: Bearer <admin token>},
 * compared in constant time. The host app's JS-API stand-ins ({@code /sandbox/wx/*}), key
 * exchange (which checks the appSecret itself) and the cashier are open, as the front end
 * and the merchant backend call them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class AdminTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final byte[] adminToken;

	private final HandlerExceptionResolver errors;

	AdminTokenFilter(MockProperties properties,
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors) {
		this.adminToken = properties.adminToken().getBytes(StandardCharsets.UTF_8);
		this.errors = errors;
	}

	/** Whether a path belongs to the admin-only control API. */
	static boolean isAdminPath(String path) {
		return path.startsWith("/sandbox/") && !path.startsWith("/sandbox/wx/") && !path.startsWith("/sandbox/cashier/")
				&& !path.equals("/sandbox/keys/exchange");
	}

	/**
	 * Guards a request when any reading of its path is an admin path: the raw URI with
	 * its path parameters ({@code /sandbox;x=1/apps}, which Spring MVC matches as
	 * {@code /sandbox/apps}) removed and percent-decoded, and the container's decoded,
	 * normalized servlet path ({@code /sandbox/wx/../apps}). Deciding on the raw URI
	 * alone let matrix parameters bypass the token.
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !isAdminPath(withoutPathParameters(request.getRequestURI()))
				&& !isAdminPath(request.getServletPath() + Objects.toString(request.getPathInfo(), ""));
	}

	/** A raw request URI without path parameters, percent-decoded, slashes merged. */
	static String withoutPathParameters(String requestUri) {
		StringBuilder path = new StringBuilder();
		for (String segment : requestUri.split("/")) {
			int semicolon = segment.indexOf(';');
			String name = (semicolon >= 0) ? segment.substring(0, semicolon) : segment;
			if (!name.isEmpty()) {
				path.append('/').append(decode(name));
			}
		}
		if (path.isEmpty() || requestUri.endsWith("/")) {
			path.append('/');
		}
		return path.toString();
	}

	private static String decode(String segment) {
		try {
			return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return segment;
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.startsWith(BEARER) && MessageDigest
			.isEqual(header.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8), this.adminToken)) {
			chain.doFilter(request, response);
			return;
		}
		this.errors.resolveException(request, response, null, Problems.exception(HttpStatus.UNAUTHORIZED,
				"admin-token-required", "the sandbox control API needs Authorization: Bearer <admin token>"));
	}

}
