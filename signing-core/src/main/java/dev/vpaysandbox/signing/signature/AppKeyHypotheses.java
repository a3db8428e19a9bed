package dev.vpaysandbox.signing.signature;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.vpaysandbox.signing.diagnosis.HintCode;
import dev.vpaysandbox.signing.keys.AppKey;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.PayMethod;
import dev.vpaysandbox.signing.signature.SignatureMatcher.Candidate;
import dev.vpaysandbox.signing.signature.SignatureMatcher.Hypothesis;
import dev.vpaysandbox.signing.signature.Verifier.KeyView;
import dev.vpaysandbox.signing.signdata.JsonWhitespace;

/**
 * The mistakes an appKey signer commonly makes, as hypotheses a failed verification
 * recomputes: the other method or Event, a mis-built prefix, the other env's key, a
 * previous key past its grace window, a re-serialized text, an empty body.
 */
final class AppKeyHypotheses {

	private final KeyView view;

	private final List<Hypothesis> list = new ArrayList<>();

	private AppKeyHypotheses(KeyView view) {
		this.view = view;
	}

	static List<Hypothesis> paySig(KeyView view, PayMethod method, String signData) {
		AppKeyHypotheses hypotheses = new AppKeyHypotheses(view);
		String other = method.other().wireName();
		hypotheses.withAcceptedKeys(
				HintCode.OTHER_METHOD, "the signature is for method " + other + "; this app pays with "
						+ method.wireName() + ", so sign \"" + method.wireName() + "&\" + signData",
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
		hypotheses.otherEnvAndExpiredKeys(HmacSha256.utf8(StringToSign.paySig(method, signData)));
		for (String serialization : SignDataSerializations.alternatives(signData, method)) {
			hypotheses.withAcceptedKeys(HintCode.RESERIALIZED,
					"the signature matches another serialization of "
							+ "this signData (whitespace or field order differ): sign the exact text you send",
					StringToSign.paySig(method, serialization));
		}
		return hypotheses.list;
	}

	static List<Hypothesis> payApiSig(KeyView view, String uri, byte[] body) {
		AppKeyHypotheses hypotheses = new AppKeyHypotheses(view);
		String emptyBody = "the signature covers an empty body (as for a GET); sign uri + \"&\" + the exact body posted";
		hypotheses.withAcceptedKeys(HintCode.EMPTY_BODY, emptyBody, StringToSign.payApiSig(uri, ""));
		hypotheses.withAcceptedKeys(HintCode.EMPTY_BODY, emptyBody, StringToSign.payApiSig(uri, "{}"));
		hypotheses.withAcceptedKeys(HintCode.EMPTY_BODY, emptyBody, uri);
		hypotheses.otherEnvAndExpiredKeys(StringToSign.payApiSig(uri, body));
		decodeUtf8(body).filter(JsonWhitespace::hasInsignificantWhitespace)
			.ifPresent((text) -> hypotheses.withAcceptedKeys(HintCode.RESERIALIZED,
					"the signature matches the body without its whitespace: sign the exact bytes you send",
					StringToSign.payApiSig(uri, JsonWhitespace.compact(text))));
		return hypotheses.list;
	}

	static List<Hypothesis> payEventSig(KeyView view, String event, String payload) {
		AppKeyHypotheses hypotheses = new AppKeyHypotheses(view);
		Optional<PayMethod> method = PayMethod.fromDeliveryEvent(event);
		method.ifPresent((known) -> hypotheses.withAcceptedKeys(HintCode.OTHER_METHOD,
				"the signature is for Event " + known.other().deliveryEvent() + ", not " + event,
				StringToSign.payEventSig(known.other().deliveryEvent(), payload)));
		hypotheses.otherEnvAndExpiredKeys(HmacSha256.utf8(StringToSign.payEventSig(event, payload)));
		String compact = JsonWhitespace.compact(payload);
		if (!compact.equals(payload)) {
			hypotheses.withAcceptedKeys(HintCode.RESERIALIZED,
					"the signature matches the Payload without its whitespace: verify the Payload text exactly as "
							+ "received",
					StringToSign.payEventSig(event, compact));
		}
		return hypotheses.list;
	}

	private void withAcceptedKeys(HintCode code, String explanation, String stringToSign) {
		for (Candidate candidate : this.view.accepted()) {
			this.list.add(new Hypothesis(code, explanation, candidate.key(), stringToSign));
		}
	}

	private void otherEnvAndExpiredKeys(byte[] message) {
		Env env = this.view.env();
		for (AppKey key : this.view.otherEnv()) {
			this.list.add(new Hypothesis(HintCode.OTHER_ENV_KEY,
					"the signature was made with the env " + env.other().code() + " appKey (version " + key.version()
							+ "), but this is env " + env.code() + ": use the key of the env you pay in",
					key.secret().hmacKey(), message));
		}
		this.view.expiredPrevious()
			.ifPresent((key) -> this.list.add(new Hypothesis(HintCode.PREVIOUS_KEY_EXPIRED,
					"the signature was made with the previous appKey (version " + key.version()
							+ "), whose grace window has ended: fetch the current key",
					key.secret().hmacKey(), message)));
	}

	/**
	 * The body as text, if it is valid UTF-8: only then can whitespace be found in it.
	 */
	private static Optional<String> decodeUtf8(byte[] body) {
		try {
			return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString());
		}
		catch (CharacterCodingException ex) {
			return Optional.empty();
		}
	}

}
