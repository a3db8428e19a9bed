package dev.vpaysandbox.signing.signature;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.vpaysandbox.signing.diagnosis.Check;
import dev.vpaysandbox.signing.diagnosis.Hint;
import dev.vpaysandbox.signing.diagnosis.HintCode;
import dev.vpaysandbox.signing.keys.AppKey;
import dev.vpaysandbox.signing.keys.AppKeys;
import dev.vpaysandbox.signing.keys.KeySource;
import dev.vpaysandbox.signing.keys.KeyUsed;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.PayMethod;
import dev.vpaysandbox.signing.signature.SignatureMatcher.Candidate;
import dev.vpaysandbox.signing.signature.SignatureMatcher.Request;
import dev.vpaysandbox.signing.signdata.JsonWhitespace;

/**
 * Verifies the appKey signatures ({@code paySig}, server-API {@code pay_sig},
 * {@code PayEventSig}) against the keys of an (appId, env): the current key, and the
 * previous one inside its grace window, measured by the verifier's clock. Accepts either
 * hex case, compares in constant time, and on failure explains the mismatch with a
 * {@link dev.vpaysandbox.signing.diagnosis.SignatureDiagnosis}. The session-key
 * {@code signature} is verified by {@link SessionSignatureVerifier}.
 */
public final class Verifier {

	private final KeySource keys;

	private final Clock clock;

	public Verifier(KeySource keys, Clock clock) {
		this.keys = Objects.requireNonNull(keys, "keys");
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	/**
	 * Verifies {@code paySig} of a signData paid in {@code env} through {@code method}.
	 */
	public Verification paySig(String appId, Env env, PayMethod method, String signData, String paySig) {
		Objects.requireNonNull(signData, "signData");
		KeyView view = view(appId, env);
		byte[] message = HmacSha256.utf8(StringToSign.paySig(method, signData));
		return SignatureMatcher.verify(new Request(Check.PAY_SIG, method.wireName(), message, paySig, view.accepted(),
				() -> whitespace(signData), () -> AppKeyHypotheses.paySig(view, method, signData)));
	}

	/** Verifies a server-API {@code pay_sig} over the request path and its exact body. */
	public Verification payApiSig(String appId, Env env, String uri, String body, String paySig) {
		Objects.requireNonNull(body, "body: pass \"\" for a request without one");
		return payApiSig(appId, env, uri, HmacSha256.utf8(body), paySig);
	}

	/**
	 * Verifies a server-API {@code pay_sig} over the request path and the body's bytes
	 * exactly as received.
	 */
	public Verification payApiSig(String appId, Env env, String uri, byte[] body, String paySig) {
		Objects.requireNonNull(body, "body: pass an empty array for a request without one");
		KeyView view = view(appId, env);
		byte[] message = StringToSign.payApiSig(uri, body);
		return SignatureMatcher.verify(new Request(Check.PAY_API_SIG, null, message, paySig, view.accepted(), List::of,
				() -> AppKeyHypotheses.payApiSig(view, uri, body)));
	}

	/** Verifies the {@code PayEventSig} of a delivery notification. */
	public Verification payEventSig(String appId, Env env, String event, String payload, String payEventSig) {
		Objects.requireNonNull(payload, "payload");
		KeyView view = view(appId, env);
		byte[] message = HmacSha256.utf8(StringToSign.payEventSig(event, payload));
		return SignatureMatcher.verify(new Request(Check.PAY_EVENT_SIG, event, message, payEventSig, view.accepted(),
				List::of, () -> AppKeyHypotheses.payEventSig(view, event, payload)));
	}

	private static List<Hint> whitespace(String signData) {
		if (!JsonWhitespace.hasInsignificantWhitespace(signData)) {
			return List.of();
		}
		return List.of(new Hint(HintCode.WHITESPACE, "signData has whitespace outside strings: it looks "
				+ "re-serialized by a JSON library; sign and send one compact text, unchanged"));
	}

	/**
	 * The accepted keys now; the keys only a diagnosis needs are looked up on failure.
	 */
	private KeyView view(String appId, Env env) {
		Instant now = this.clock.instant();
		Optional<AppKeys> own = this.keys.find(appId, env);
		List<Candidate> accepted = new ArrayList<>(2);
		own.ifPresent((keys) -> keys.acceptedAt(now)
			.forEach((key) -> accepted.add(new Candidate(KeyUsed.appKey(key, key.version() != keys.current().version()),
					key.secret().hmacKey()))));
		return new KeyView(this.keys, appId, env, now, own, accepted);
	}

	/**
	 * The keys one verification may try: the accepted ones, and, on demand, those only a
	 * hint uses (the other env's, and a previous key past its grace window).
	 */
	record KeyView(KeySource keys, String appId, Env env, Instant now, Optional<AppKeys> own,
			List<Candidate> accepted) {

		Optional<AppKey> expiredPrevious() {
			return this.own.flatMap((appKeys) -> appKeys.expiredPreviousAt(this.now));
		}

		List<AppKey> otherEnv() {
			return this.keys.find(this.appId, this.env.other())
				.map((appKeys) -> appKeys.acceptedAt(this.now))
				.orElse(List.of());
		}

	}

}
