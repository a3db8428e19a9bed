package dev.vpaysandbox.signing.signature;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

import javax.crypto.spec.SecretKeySpec;

import dev.vpaysandbox.signing.diagnosis.Check;
import dev.vpaysandbox.signing.diagnosis.HintCode;
import dev.vpaysandbox.signing.keys.KeyUsed;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.PayMethod;
import dev.vpaysandbox.signing.signature.SignatureMatcher.Candidate;
import dev.vpaysandbox.signing.signature.SignatureMatcher.Hypothesis;
import dev.vpaysandbox.signing.signature.SignatureMatcher.Request;

/**
 * Verifies the user-session {@code signature}: the user's current session_key, as literal
 * UTF-8 text, over signData. On failure it can prove a stale session (an earlier login's
 * key), a base64-decoded session_key, a re-serialized signData and a paySig-style string.
 */
public final class SessionSignatureVerifier {

	private SessionSignatureVerifier() {
	}

	/**
	 * Verifies a {@code signature}.
	 * @param signData the signData as received
	 * @param signature the hex received
	 * @param sessionKey the user's current session_key
	 * @param earlierSessionKeys keys of the user's earlier logins, newest first; only a
	 * diagnosis uses them
	 * @param method the JS API called, to recognise paySig-style strings
	 */
	public static Verification verify(String signData, String signature, Secret sessionKey,
			List<Secret> earlierSessionKeys, PayMethod method) {
		Objects.requireNonNull(signData, "signData");
		Candidate current = new Candidate(KeyUsed.currentSessionKey(), sessionKey.hmacKey());
		byte[] message = HmacSha256.utf8(StringToSign.signature(signData));
		return SignatureMatcher.verify(new Request(Check.SIGNATURE, null, message, signature, List.of(current),
				List::of, () -> hypotheses(signData, sessionKey, earlierSessionKeys, method)));
	}

	private static List<Hypothesis> hypotheses(String signData, Secret sessionKey, List<Secret> earlier,
			PayMethod method) {
		List<Hypothesis> hypotheses = new ArrayList<>();
		String stringToSign = StringToSign.signature(signData);
		for (Secret stale : earlier) {
			hypotheses.add(new Hypothesis(HintCode.STALE_SESSION,
					"the signature was made with the session_key of an "
							+ "earlier login: the user logged in again, sign with the newest session_key",
					stale.hmacKey(), stringToSign));
		}
		SecretKeySpec decoded = base64Decoded(sessionKey);
		if (decoded != null) {
			hypotheses.add(new Hypothesis(HintCode.SESSION_KEY_DECODED,
					"the signature was made with the "
							+ "base64-decoded session_key: use its literal text as the HMAC key",
					decoded, stringToSign));
		}
		hypotheses.add(new Hypothesis(HintCode.METHOD_PREFIX,
				"the signature covers \"" + method.wireName()
						+ "&\" + signData like paySig; signature signs signData alone",
				sessionKey.hmacKey(), StringToSign.paySig(method, signData)));
		for (String serialization : SignDataSerializations.alternatives(signData, method)) {
			hypotheses.add(new Hypothesis(HintCode.RESERIALIZED,
					"the signature matches another serialization of "
							+ "this signData (whitespace or field order differ): sign the exact text you send",
					sessionKey.hmacKey(), serialization));
		}
		return hypotheses;
	}

	private static SecretKeySpec base64Decoded(Secret sessionKey) {
		try {
			byte[] bytes = Base64.getDecoder().decode(sessionKey.reveal());
			return (bytes.length > 0) ? new SecretKeySpec(bytes, "HmacSHA256") : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
