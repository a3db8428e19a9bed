package dev.vpaysandbox.signing.signature;

import java.util.HexFormat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import dev.vpaysandbox.signing.keys.Secret;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For every signature: what a signer signs verifies, and changing any one character of
 * the message or the key, or any one byte of the signature, makes it fail.
 */
class SignatureRoundTripTests {

	@Property(tries = 300)
	void verifiesWhatItSigned(@ForAll SignatureKind kind, @ForAll("keys") String key,
			@ForAll("messages") String message) {
		Secret secret = Secret.of(key);

		Verification verification = kind.verify(secret, message, kind.sign(secret, message));

		assertThat(verification).isInstanceOfSatisfying(Verification.Valid.class,
				(valid) -> assertThat(valid.notes()).isEmpty());
	}

	@Property(tries = 300)
	void rejectsAMessageWithOneCharacterChanged(@ForAll SignatureKind kind, @ForAll("keys") String key,
			@ForAll("messages") String message, @ForAll @IntRange(max = 10_000) int position,
			@ForAll("characters") char replacement) {
		Secret secret = Secret.of(key);
		String signature = kind.sign(secret, message);
		String changed = replaceOne(message, position, replacement);

		assertThat(kind.verify(secret, changed, signature).isValid()).isFalse();
	}

	@Property(tries = 300)
	void rejectsASignatureMadeWithAKeyOneCharacterAway(@ForAll SignatureKind kind, @ForAll("keys") String key,
			@ForAll("messages") String message, @ForAll @IntRange(max = 10_000) int position,
			@ForAll("characters") char replacement) {
		String signature = kind.sign(Secret.of(key), message);
		Secret otherKey = Secret.of(replaceOne(key, position, replacement));

		assertThat(kind.verify(otherKey, message, signature).isValid()).isFalse();
	}

	@Property(tries = 300)
	void rejectsASignatureWithOneByteChanged(@ForAll SignatureKind kind, @ForAll("keys") String key,
			@ForAll("messages") String message, @ForAll @IntRange(max = 31) int position,
			@ForAll("nonZeroBytes") byte flip) {
		Secret secret = Secret.of(key);
		byte[] signature = HexFormat.of().parseHex(kind.sign(secret, message));
		signature[position] ^= flip;

		assertThat(kind.verify(secret, message, HexFormat.of().formatHex(signature)).isValid()).isFalse();
	}

	@Property(tries = 100)
	void acceptsTheSignatureInUpperCaseAndSaysSo(@ForAll SignatureKind kind, @ForAll("keys") String key,
			@ForAll("messages") String message) {
		Secret secret = Secret.of(key);
		String upper = kind.sign(secret, message).toUpperCase(java.util.Locale.ROOT);

		assertThat(kind.verify(secret, message, upper)).isInstanceOfSatisfying(Verification.Valid.class,
				(valid) -> assertThat(valid.hasNote(dev.vpaysandbox.signing.diagnosis.HintCode.UPPER_CASE_HEX))
					.isTrue());
	}

	/** The text with the character at {@code position} (modulo its length) changed. */
	private static String replaceOne(String text, int position, char replacement) {
		if (text.isEmpty()) {
			return String.valueOf(replacement);
		}
		int index = position % text.length();
		char current = text.charAt(index);
		char different = (current != replacement) ? replacement : (char) ((current == 'a') ? 'b' : 'a');
		return text.substring(0, index) + different + text.substring(index + 1);
	}

	@Provide
	Arbitrary<String> keys() {
		return texts().ofMinLength(1).ofMaxLength(64);
	}

	@Provide
	Arbitrary<String> messages() {
		return texts().ofMaxLength(400);
	}

	@Provide
	Arbitrary<Character> characters() {
		return Arbitraries.chars().range(' ', '~').range('\u00a0', '\ud7ff');
	}

	@Provide
	Arbitrary<Byte> nonZeroBytes() {
		return Arbitraries.bytes().filter((b) -> b != 0);
	}

	/** Printable ASCII and the BMP without surrogates: each char has one UTF-8 form. */
	private static net.jqwik.api.arbitraries.StringArbitrary texts() {
		return Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00a0', '\ud7ff');
	}

}
