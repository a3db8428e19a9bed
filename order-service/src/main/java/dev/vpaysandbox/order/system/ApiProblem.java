package dev.vpaysandbox.order.system;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * Bad input or an unavailable dependency on one of our own endpoints, answered as an RFC
 * 9457 problem detail whose {@code type} is
 * {@code https://vpay-sandbox.dev/problems/<slug>}. Its message is shown to the caller,
 * so it never holds a secret.
 */
public class ApiProblem extends RuntimeException {

	/** Where problem types live. */
	public static final String TYPE_BASE = "https://vpay-sandbox.dev/problems/";

	private final HttpStatus status;

	private final String slug;

	private final String title;

	private final Map<String, Object> properties;

	public ApiProblem(HttpStatus status, String slug, String title, String detail) {
		this(status, slug, title, detail, Map.of());
	}

	public ApiProblem(HttpStatus status, String slug, String title, String detail, Map<String, Object> properties) {
		super(detail);
		this.status = status;
		this.slug = slug;
		this.title = title;
		this.properties = Map.copyOf(properties);
	}

	/** The problem type URI for a slug. */
	public static URI type(String slug) {
		return URI.create(TYPE_BASE + slug);
	}

	public HttpStatus status() {
		return this.status;
	}

	public String slug() {
		return this.slug;
	}

	public String title() {
		return this.title;
	}

	/** Extra members of the problem detail, e.g. the platform's error code. */
	public Map<String, Object> properties() {
		return this.properties;
	}

}
