package dev.vpaysandbox.client;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;

/**
 * The host app's JS payment APIs as a front end calls them, and their answers read into
 * {@link JsApiResult}s. Remembers each app's type, which decides the API and the
 * {@code mode}, until the sandbox is reset.
 */
final class JsApi {

	private final SandboxHttp http;

	private final Apps apps;

	private final Map<String, App> appsById = new ConcurrentHashMap<>();

	JsApi(SandboxHttp http, Apps apps) {
		this.http = http;
		this.apps = apps;
	}

	JsApiResult pay(String appId, String userId, String signData, String paySig, String signature) {
		App app = this.appsById.computeIfAbsent(appId, this.apps::get);
		return pay(PaymentRequest.of(app.type().method(), appId, userId, signData, paySig, signature)
			.withMode(app.modeBesideSignData()));
	}

	JsApiResult pay(PaymentRequest request) {
		Answer answer = this.http.open("POST", request.path(), request.body(), request.headers());
		JsonNode json = SandboxHttp.tree(answer);
		if (json == null || !json.has("errMsg")) {
			throw SandboxProblemException.of(answer);
		}
		Wire wire = SandboxHttp.read(answer, Wire.class);
		JsApiResult.Outcome outcome = (answer.status() == 200) ? JsApiResult.Outcome.PAID
				: (answer.status() == 202) ? JsApiResult.Outcome.PENDING : JsApiResult.Outcome.FAILED;
		String paymentId = answer.header("X-Sandbox-Payment-Id").orElse(wire.paymentId());
		return new JsApiResult(outcome, answer.status(), wire.errMsg(), (wire.errCode() != null) ? wire.errCode() : 0,
				paymentId, wire.cashierUrl(), wire.notes(), wire.diagnosis(),
				answer.header("X-Sandbox-Scenario-Applied").orElse(null));
	}

	/** Forgets the apps' types: after a reset an appId may name another app. */
	void forgetApps() {
		this.appsById.clear();
	}

	/** The JS API's answer as sent. */
	private record Wire(String errMsg, Integer errCode, String paymentId, String cashierUrl, List<Note> notes,
			Diagnosis diagnosis) {
	}

}
