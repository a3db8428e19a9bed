package dev.vpaysandbox.mock.system;

import java.util.Optional;

import dev.vpaysandbox.signing.protocol.PayMethod;

/**
 * The protocol's own error envelopes, for refusals that happen before a protocol
 * controller runs (oversize body, wrong HTTP method): the JS callback shape under
 * {@code /sandbox/wx/<method>}, {@code {errcode, errmsg}} under {@code /openserver} and
 * {@code /xpay}. Every other path answers with a problem detail.
 */
public final class ProtocolEnvelopes {

	/** The errcode of a malformed merchant-API request (spec: bad parameter). */
	public static final int XPAY_BAD_PARAMETER = 268490002;

	/** The errcode of a system-level OpenServer failure, as WeChat's APIs use it. */
	public static final int SYSTEM_ERROR = -1;

	/** The errCode of an invalid pre-order request (spec: -15002 invalid parameter). */
	public static final int JS_INVALID = -15002;

	private static final String JS_PREFIX = "/sandbox/wx/";

	private ProtocolEnvelopes() {
	}

	/** The envelope for a refusal at this path, or empty for a problem detail. */
	public static Optional<Envelope> forPath(String path, String reason) {
		if (path.startsWith(JS_PREFIX)) {
			return PayMethod.fromWireName(path.substring(JS_PREFIX.length()))
				.map((method) -> new JsFailure(method.wireName() + ":fail " + reason, JS_INVALID));
		}
		if (path.startsWith("/xpay/")) {
			return Optional.of(new OpenServerError(XPAY_BAD_PARAMETER, reason));
		}
		if (path.startsWith("/openserver/")) {
			return Optional.of(new OpenServerError(SYSTEM_ERROR, reason));
		}
		return Optional.empty();
	}

	/** A protocol's error body. */
	public sealed interface Envelope {

	}

	/**
	 * The JS callback's failure.
	 *
	 * @param errMsg {@code <method>:fail <reason>}
	 * @param errCode the code
	 */
	public record JsFailure(String errMsg, int errCode) implements Envelope {
	}

	/**
	 * OpenServer's and the merchant APIs' error.
	 *
	 * @param errcode the code
	 * @param errmsg the message
	 */
	public record OpenServerError(int errcode, String errmsg) implements Envelope {
	}

}
