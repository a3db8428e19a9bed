package dev.vpaysandbox.signing.diagnosis;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.vpaysandbox.signing.keys.KeyUsed;

/**
 * Explains a signature that did not verify: which check failed and why, what the verifier
 * signed (the string-to-sign's length and SHA-256, the method, the key it used, by env
 * and version) and the hints it could prove. It never holds a key, the expected signature
 * or the string-to-sign itself.
 *
 * @param check the signature checked
 * @param reason why it failed
 * @param method the JS API method or Event in the string-to-sign, or {@code null}
 * @param stringToSignLength the length in UTF-8 bytes of the string the verifier signed
 * @param stringToSignSha256 the lower-case hex SHA-256 of that string
 * @param key the key the verifier used (the current one), or {@code null} if it had none
 * @param hints what the verifier proved, possibly none
 */
public record SignatureDiagnosis(Check check, Reason reason, String method, int stringToSignLength,
		String stringToSignSha256, KeyUsed key, List<Hint> hints) {

	public SignatureDiagnosis {
		Objects.requireNonNull(check, "check");
		Objects.requireNonNull(reason, "reason");
		hints = List.copyOf(hints);
	}

	/** Whether a hint with this code was proven. */
	public boolean hasHint(HintCode code) {
		return this.hints.stream().anyMatch((hint) -> hint.code() == code);
	}

	/** A multi-line, human-readable explanation, as the CLI prints it. */
	public String describe() {
		StringBuilder text = new StringBuilder();
		text.append(this.check.protocolName()).append(": ").append(this.reason).append('\n');
		if (this.method != null) {
			text.append("  method/event: ").append(this.method).append('\n');
		}
		text.append("  string-to-sign: ")
			.append(this.stringToSignLength)
			.append(" bytes, sha256 ")
			.append(this.stringToSignSha256)
			.append('\n');
		if (this.key != null) {
			text.append("  key: ").append(this.key.describe()).append('\n');
		}
		text.append(this.hints.stream()
			.map((hint) -> "  hint " + hint.code() + ": " + hint.message())
			.collect(Collectors.joining("\n")));
		return text.toString().stripTrailing();
	}

}
