package dev.vpaysandbox.mock.system;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Writes a refusal from a servlet filter, where no message converter runs. */
@Component
class JsonErrorWriter {

	private final JsonMapper json;

	JsonErrorWriter(JsonMapper json) {
		this.json = json;
	}

	/** Writes the protocol envelope of the path, or a problem detail. */
	void write(HttpServletResponse response, String path, HttpStatus status, String slug, String detail)
			throws IOException {
		Map<String, Object> body = ProtocolEnvelopes.forPath(path, detail)
			.orElseGet(() -> problem(status, slug, detail));
		boolean problem = body.containsKey("type");
		response.setStatus(status.value());
		response.setContentType(problem ? MediaType.APPLICATION_PROBLEM_JSON_VALUE : MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getOutputStream().write(this.json.writeValueAsBytes(body));
	}

	private static Map<String, Object> problem(HttpStatus status, String slug, String detail) {
		ProblemDetail problem = Problems.of(status, slug, detail);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		return body;
	}

}
