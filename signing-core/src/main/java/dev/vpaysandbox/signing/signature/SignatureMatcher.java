package dev.vpaysandbox.signing.signature;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import javax.crypto.spec.SecretKeySpec;

import dev.vpaysandbox.signing.diagnosis.Check;
import dev.vpaysandbox.signing.diagnosis.Hint;
import dev.vpaysandbox.signing.diagnosis.HintCode;
import dev.vpaysandbox.signing.diagnosis.Reason;
import dev.vpaysandbox.signing.diagnosis.SignatureDiagnosis;
import dev.vpaysandbox.signing.keys.KeyUsed;

/**
 * The verification engine shared by every signature: compares the presented hex with each
 * accepted key in constant time and, only on failure, recomputes the hypotheses that
 * explain a mismatch.
 */
final class SignatureMatcher {

	private static final int SIGNATURE_HEX_LENGTH = 64;

	private SignatureMatcher() {
	}

	static Verification verify(Request request) {
		String presented = request.presentedHex();
		byte[] message = request.message();
		if (request.accepted().isEmpty()) {
			return invalid(request, Reason.NO_KEY, null, request.observations().get());
		}
		KeyUsed current = request.accepted().get(0).used();
		if (presented == null || presented.isEmpty()) {
			return invalid(request, Reason.MISSING, current, request.observations().get());
		}
		byte[] presentedBytes = parseHex(presented);
		if (presentedBytes == null) {
			return invalid(request, Reason.MALFORMED, current, request.observations().get());
		}
		boolean upperCase = hasUpperCase(presented);
		for (Candidate candidate : request.accepted()) {
			if (MessageDigest.isEqual(HmacSha256.mac(candidate.key(), message), presentedBytes)) {
				return new Verification.Valid(candidate.used(), notes(request.check(), candidate, upperCase));
			}
		}
		List<Hint> hints = new ArrayList<>();
		if (upperCase) {
			hints.add(upperCaseHint(request.check()));
		}
		hints.addAll(request.observations().get());
		for (Hypothesis hypothesis : request.hypotheses().get()) {
			byte[] mac = HmacSha256.mac(hypothesis.key(), hypothesis.message());
			if (MessageDigest.isEqual(mac, presentedBytes) && hints.stream().noneMatch(hypothesis::sameAs)) {
				hints.add(new Hint(hypothesis.code(), hypothesis.explanation()));
			}
		}
		return invalid(request, Reason.MISMATCH, current, hints);
	}

	private static List<Hint> notes(Check check, Candidate matched, boolean upperCase) {
		List<Hint> notes = new ArrayList<>(2);
		if (upperCase) {
			notes.add(upperCaseHint(check));
		}
		if (matched.used().previous()) {
			notes.add(new Hint(HintCode.PREVIOUS_KEY_IN_GRACE, "accepted with the previous appKey (version "
					+ matched.used().version() + ") inside its grace window; switch to the current key"));
		}
		return notes;
	}

	private static Hint upperCaseHint(Check check) {
		return new Hint(HintCode.UPPER_CASE_HEX,
				check.protocolName() + " uses upper-case hex: accepted, but the protocol's output is lower-case");
	}

	private static Verification invalid(Request request, Reason reason, KeyUsed key, List<Hint> hints) {
		byte[] message = request.message();
		return new Verification.Invalid(new SignatureDiagnosis(request.check(), reason, request.method(),
				message.length, Sha256.hex(message), key, hints));
	}

	private static byte[] parseHex(String presented) {
		if (presented.length() != SIGNATURE_HEX_LENGTH) {
			return null;
		}
		try {
			return HexFormat.of().parseHex(presented);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static boolean hasUpperCase(String hex) {
		return hex.chars().anyMatch((c) -> c >= 'A' && c <= 'F');
	}

	/** A key the verifier accepts, and how to name it. */
	record Candidate(KeyUsed used, SecretKeySpec key) {
	}

	/**
	 * A mistake that, if the presented signature matches it, the verifier can prove.
	 *
	 * @param code the hint's code
	 * @param explanation the hint's message
	 * @param key the key the mistaken signer used
	 * @param message the bytes the mistaken signer signed
	 */
	record Hypothesis(HintCode code, String explanation, SecretKeySpec key, byte[] message) {

		Hypothesis(HintCode code, String explanation, SecretKeySpec key, String stringToSign) {
			this(code, explanation, key, HmacSha256.utf8(stringToSign));
		}

		boolean sameAs(Hint hint) {
			return hint.code() == this.code && hint.message().equals(this.explanation);
		}

	}

	/**
	 * What to verify.
	 *
	 * @param check the signature
	 * @param method the method or Event in the string to sign, or {@code null}
	 * @param message the string to sign, in bytes, that the accepted keys must have
	 * signed
	 * @param presentedHex the signature received
	 * @param accepted the keys accepted now, current first
	 * @param observations hints proven by inspecting the input; computed and reported
	 * only on failure
	 * @param hypotheses computed only on failure
	 */
	record Request(Check check, String method, byte[] message, String presentedHex, List<Candidate> accepted,
			Supplier<List<Hint>> observations, Supplier<List<Hypothesis>> hypotheses) {
	}

}
