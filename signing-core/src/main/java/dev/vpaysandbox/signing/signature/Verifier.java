package dev.vpaysandbox.signing.signature;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import dev.vpaysandbox.signing.signature.SignatureMatcher.Hypothesis;
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
		this.keys = keys;
		this.clock = clock;
	}

	/**
	 * Verifies {@code paySig} of a signData paid in {@code env} through {@code method}.
	 */
	public Verification paySig(String appId, Env env, PayMethod method, String signData, String paySig) {
		KeyView view = view(appId, env);
		String stringToSign = StringToSign.paySig(method, signData);
		List<Hint> observations = new ArrayList<>();
		if (JsonWhitespace.hasInsignificantWhitespace(signData)) {
			observations.add(new Hint(HintCode.WHITESPACE, "signData has whitespace outside strings: it looks "
					+ "re-serialized by a JSON library; sign and send one compact text, unchanged"));
		}
		return SignatureMatcher.verify(new Request(Check.PAY_SIG, method.wireName(), stringToSign, paySig,
				view.accepted(), observations, () -> paySigHypotheses(view, method, signData)));
	}

	/** Verifies a server-API {@code pay_sig} over the request path and its exact body. */
	public Verification payApiSig(String appId, Env env, String uri, String body, String paySig) {
		KeyView view = view(appId, env);
		String stringToSign = StringToSign.payApiSig(uri, body);
		return SignatureMatcher.verify(new Request(Check.PAY_API_SIG, null, stringToSign, paySig, view.accepted(),
				List.of(), () -> payApiSigHypotheses(view, uri, body)));
	}

	/** Verifies the {@code PayEventSig} of a delivery notification. */
	public Verification payEventSig(String appId, Env env, String event, String payload, String payEventSig) {
		KeyView view = view(appId, env);
		String stringToSign = StringToSign.payEventSig(event, payload);
		return SignatureMatcher.verify(new Request(Check.PAY_EVENT_SIG, event, stringToSign, payEventSig,
				view.accepted(), List.of(), () -> payEventSigHypotheses(view, event, payload)));
	}

	private List<Hypothesis> paySigHypotheses(KeyView view, PayMethod method, String signData) {
		Hypotheses hypotheses = new Hypotheses(view);
		String other = method.other().wireName();
		hypotheses.withAcceptedKeys(HintCode.OTHER_METHOD,
				"the signature is for method " + other + "; this app pays " + "with " + method.wireName()
						+ ", so sign \"" + method.wireName() + "&\" + signData",
				StringToSign.paySig(method.other(), signData));
		hypotheses.withAcceptedKeys(HintCode.METHOD_PREFIX,
				"the signature covers signData alone; paySig signs \"" + method.wireName() + "&\" + signData",
				signData);
		for (String prefix : List.of("/", "wx.")) {
			hypotheses.withAcceptedKeys(HintCode.METHOD_PREFIX,
					"the signature covers \"" + prefix + method.wireName()
							+ "&\"...; the method is the bare name, no slash, no prefix",
					prefix + StringToSign.paySig(method, signData));
		}
		String stringToSign = StringToSign.paySig(method, signData);
		hypotheses.otherEnvAndExpiredKeys(stringToSign);
		for (String serialization : SignDataSerializations.alternatives(signData, method)) {
			hypotheses.withAcceptedKeys(HintCode.RESERIALIZED,
					"the signature matches another serialization of "
							+ "this signData (whitespace or field order differ): sign the exact text you send",
					StringToSign.paySig(method, serialization));
		}
		return hypotheses.list();
	}

	private List<Hypothesis> payApiSigHypotheses(KeyView view, String uri, String body) {
		Hypotheses hypotheses = new Hypotheses(view);
		String emptyBody = "the signature covers an empty body (as for a GET); sign uri + \"&\" + the exact body posted";
		hypotheses.withAcceptedKeys(HintCode.EMPTY_BODY, emptyBody, StringToSign.payApiSig(uri, ""));
		hypotheses.withAcceptedKeys(HintCode.EMPTY_BODY, emptyBody, StringToSign.payApiSig(uri, "{}"));
		hypotheses.withAcceptedKeys(HintCode.EMPTY_BODY, emptyBody, uri);
		hypotheses.otherEnvAndExpiredKeys(StringToSign.payApiSig(uri, body));
		String compact = JsonWhitespace.compact(body);
		if (!compact.equals(body)) {
			hypotheses.withAcceptedKeys(HintCode.RESERIALIZED,
					"the signature matches the body without its " + "whitespace: sign the exact bytes you send",
					StringToSign.payApiSig(uri, compact));
		}
		return hypotheses.list();
	}

	private List<Hypothesis> payEventSigHypotheses(KeyView view, String event, String payload) {
		Hypotheses hypotheses = new Hypotheses(view);
		Optional<PayMethod> method = PayMethod.fromDeliveryEvent(event);
		method.ifPresent((known) -> hypotheses.withAcceptedKeys(HintCode.OTHER_METHOD,
				"the signature is for Event " + known.other().deliveryEvent() + ", not " + event,
				StringToSign.payEventSig(known.other().deliveryEvent(), payload)));
		hypotheses.otherEnvAndExpiredKeys(StringToSign.payEventSig(event, payload));
		String compact = JsonWhitespace.compact(payload);
		if (!compact.equals(payload)) {
			hypotheses.withAcceptedKeys(HintCode.RESERIALIZED,
					"the signature matches the Payload without its "
							+ "whitespace: verify the Payload text exactly as received",
					StringToSign.payEventSig(event, compact));
		}
		return hypotheses.list();
	}

	private KeyView view(String appId, Env env) {
		Instant now = this.clock.instant();
		Optional<AppKeys> own = this.keys.find(appId, env);
		List<Candidate> accepted = new ArrayList<>(2);
		own.ifPresent((keys) -> keys.acceptedAt(now)
			.forEach((key) -> accepted.add(new Candidate(KeyUsed.appKey(key, key.version() != keys.current().version()),
					key.secret().hmacKey()))));
		Optional<AppKey> expired = own.flatMap((keys) -> keys.expiredPreviousAt(now));
		List<AppKey> otherEnv = this.keys.find(appId, env.other())
			.map((keys) -> keys.acceptedAt(now))
			.orElse(List.of());
		return new KeyView(env, accepted, expired, otherEnv);
	}

	/** The keys one verification may try: accepted ones, and those only a hint uses. */
	private record KeyView(Env env, List<Candidate> accepted, Optional<AppKey> expiredPrevious, List<AppKey> otherEnv) {
	}

	/** Collects hypotheses over the keys of a view. */
	private static final class Hypotheses {

		private final KeyView view;

		private final List<Hypothesis> list = new ArrayList<>();

		Hypotheses(KeyView view) {
			this.view = view;
		}

		void withAcceptedKeys(HintCode code, String message, String stringToSign) {
			for (Candidate candidate : this.view.accepted()) {
				this.list.add(new Hypothesis(code, message, candidate.key(), stringToSign));
			}
		}

		void otherEnvAndExpiredKeys(String stringToSign) {
			Env other = this.view.env().other();
			for (AppKey key : this.view.otherEnv()) {
				this.list.add(new Hypothesis(HintCode.OTHER_ENV_KEY,
						"the signature was made with the env " + other.code() + " appKey (version " + key.version()
								+ "), but this is env " + this.view.env().code()
								+ ": use the key of the env you pay in",
						key.secret().hmacKey(), stringToSign));
			}
			this.view.expiredPrevious()
				.ifPresent((key) -> this.list.add(new Hypothesis(HintCode.PREVIOUS_KEY_EXPIRED,
						"the signature was made with the previous appKey (version " + key.version()
								+ "), whose grace window has ended: fetch the current key",
						key.secret().hmacKey(), stringToSign)));
		}

		List<Hypothesis> list() {
			return this.list;
		}

	}

}
