package dev.vpaysandbox.mock.journal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.vpaysandbox.mock.login.AccessTokens;
import dev.vpaysandbox.mock.system.RequestAttributes;

import org.springframework.stereotype.Component;

/**
 * Turns a request and its answer into a journal entry: bodies as JSON when they are JSON,
 * every secret masked, and the app and outTradeNo it concerns found in the body, the
 * query, or (for {@code /xpay}) the access_token's app.
 */
@Component
class JournalEntries {

	private static final String SANDBOX_HEADER = "x-sandbox-";

	private final AccessTokens tokens;

	private final JsonMapper json;

	JournalEntries(AccessTokens tokens, JsonMapper json) {
		this.tokens = tokens;
		this.json = json;
	}

	LongFunction<JournalEntry> of(Exchange exchange) {
		HttpServletRequest request = exchange.request();
		HttpServletResponse response = exchange.response();
		Body in = body(exchange.requestBody(), exchange.requestTruncated());
		Body out = body(exchange.responseBody(), exchange.responseTruncated());
		String appId = appId(request, in.json());
		String outTradeNo = outTradeNo(in.json());
		Map<String, String> headers = sandboxHeaders(request, response);
		Long heldMs = (request.getAttribute(RequestAttributes.HOLD) instanceof Duration hold) ? hold.toMillis() : null;
		return (id) -> new JournalEntry(id, exchange.at(), request.getMethod(), request.getRequestURI(),
				Masking.query(request.getQueryString()), headers, appId, outTradeNo, response.getStatus(),
				exchange.latencyMs(), heldMs, in.shown(), out.shown(),
				exchange.requestTruncated() || exchange.responseTruncated());
	}

	private Body body(byte[] bytes, boolean truncated) {
		if (bytes.length == 0) {
			return new Body(null, null);
		}
		if (!truncated) {
			try {
				JsonNode node = this.json.readTree(bytes);
				if (node != null && node.isContainer()) {
					return new Body(node, Masking.json(node));
				}
			}
			catch (JacksonException ex) {
				// not JSON: shown as masked text
			}
		}
		return new Body(null, Masking.text(new String(bytes, StandardCharsets.UTF_8)));
	}

	private String appId(HttpServletRequest request, JsonNode body) {
		String fromBody = text(body, "appId");
		if (fromBody != null) {
			return fromBody;
		}
		String appid = request.getParameter("appid");
		if (appid != null) {
			return appid;
		}
		String token = request.getParameter("access_token");
		return (token != null && this.tokens.check(token) instanceof AccessTokens.Check.Valid valid) ? valid.appId()
				: null;
	}

	private String outTradeNo(JsonNode body) {
		String orderId = text(body, "order_id");
		if (orderId != null) {
			return orderId;
		}
		String signData = text(body, "signData");
		if (signData == null) {
			return null;
		}
		try {
			return text(this.json.readTree(signData), "outTradeNo");
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = (node != null && node.isObject()) ? node.get(field) : null;
		return (value != null && value.isString()) ? value.stringValue() : null;
	}

	private static Map<String, String> sandboxHeaders(HttpServletRequest request, HttpServletResponse response) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (String name : Collections.list(request.getHeaderNames())) {
			if (name.toLowerCase(Locale.ROOT).startsWith(SANDBOX_HEADER)) {
				headers.put(name, request.getHeader(name));
			}
		}
		for (String name : response.getHeaderNames()) {
			if (name.toLowerCase(Locale.ROOT).startsWith(SANDBOX_HEADER)) {
				headers.put(name, response.getHeader(name));
			}
		}
		return headers.isEmpty() ? null : headers;
	}

	/**
	 * One exchange as the filter saw it.
	 *
	 * @param request the request
	 * @param response the answer
	 * @param at when the request came
	 * @param latencyMs how long the answer took
	 * @param requestBody the request body kept
	 * @param requestTruncated whether it was longer than kept
	 * @param responseBody the answer's body kept
	 * @param responseTruncated whether it was longer than kept
	 */
	record Exchange(HttpServletRequest request, HttpServletResponse response, Instant at, long latencyMs,
			byte[] requestBody, boolean requestTruncated, byte[] responseBody, boolean responseTruncated) {
	}

	/**
	 * A body: its JSON (to find ids in) and what the journal shows.
	 *
	 * @param json the JSON, or {@code null}
	 * @param shown the masked JSON or text
	 */
	private record Body(JsonNode json, Object shown) {
	}

}
