package dev.vpaysandbox.client;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The control API refused a call with a problem detail (4xx, or a 5xx the sandbox should
 * not give), or answered something that is not what the call expects.
 */
public final class SandboxProblemException extends VpaySandboxException {

	private static final Set<String> MEMBERS = Set.of("type", "title", "status", "detail", "instance");

	private final Problem problem;

	private SandboxProblemException(String call, Problem problem, Throwable cause) {
		super(call + " answered " + problem.status() + " " + problem.slug() + ": " + problem.detail(), cause);
		this.problem = problem;
	}

	/** The problem detail as answered. */
	public Problem problem() {
		return this.problem;
	}

	/** The HTTP status. */
	public int status() {
		return this.problem.status();
	}

	/** The problem type's slug, e.g. {@code not-found}. */
	public String slug() {
		return this.problem.slug();
	}

	static SandboxProblemException of(Answer answer) {
		JsonNode json = SandboxHttp.tree(answer);
		if (json == null || !json.isObject() || !json.has("type")) {
			return new SandboxProblemException(answer.call(),
					new Problem("about:blank", null, answer.status(), answer.excerpt(), null, Map.of()), null);
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		json.properties().forEach((member) -> {
			if (!MEMBERS.contains(member.getKey())) {
				properties.put(member.getKey(), SandboxHttp.JSON.treeToValue(member.getValue(), Object.class));
			}
		});
		return new SandboxProblemException(answer.call(),
				new Problem(json.path("type").asString(), json.path("title").asString(null),
						json.path("status").asInt(answer.status()), json.path("detail").asString(null),
						json.path("instance").asString(null), properties),
				null);
	}

	static SandboxProblemException unreadable(Answer answer, Exception cause) {
		return new SandboxProblemException(answer.call(), new Problem("about:blank", "Unreadable answer",
				answer.status(), "the answer is not what this call expects: " + answer.excerpt(), null, Map.of()),
				cause);
	}

}
