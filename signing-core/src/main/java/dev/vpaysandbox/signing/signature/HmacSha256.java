package dev.vpaysandbox.signing.signature;

import java.nio.charset.StandardCharsets;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.vpaysandbox.signing.keys.Secret;

/**
 * HMAC-SHA256 with UTF-8 key and message and lower-case hex output. Keeps initialised
 * {@link javax.crypto.Mac}s per thread and key, so a signature costs neither
 * {@code Mac.getInstance} nor {@code Mac.init}.
 */
public final class HmacSha256 {

	/** For each byte value, its two lower-case hex digits as the high and low byte. */
	private static final short[] HEX_PAIRS = hexPairs();

	private static final ThreadLocal<InitialisedMacs> MACS = ThreadLocal.withInitial(InitialisedMacs::new);

	private HmacSha256() {
	}

	/** The lower-case hex HMAC of a text under a secret. */
	public static String hex(Secret key, String message) {
		return hex(key, utf8(message));
	}

	/** The lower-case hex HMAC of some bytes under a secret. */
	public static String hex(Secret key, byte[] message) {
		return lowerHex(mac(key.hmacKey(), message));
	}

	/**
	 * The lower-case hex HMAC of {@code prefix} followed by the UTF-8 bytes of
	 * {@code text}: the same as of their concatenation, without building it.
	 */
	static String hex(Secret key, byte[] prefix, String text) {
		Mac mac = MACS.get().forKey(key.hmacKey());
		mac.update(prefix);
		return lowerHex(mac.doFinal(utf8(text)));
	}

	/** The raw HMAC of some bytes under a key. */
	static byte[] mac(SecretKeySpec key, byte[] message) {
		return MACS.get().forKey(key).doFinal(message);
	}

	/**
	 * Lower-case hex, as {@code HexFormat} writes it but faster on JDK 17: one table
	 * look-up per byte. It matters because hex costs a tenth of the HMAC of a signData
	 * (BENCHMARKS.md).
	 */
	static String lowerHex(byte[] bytes) {
		byte[] digits = new byte[bytes.length * 2];
		for (int i = 0; i < bytes.length; i++) {
			short pair = HEX_PAIRS[bytes[i] & 0xff];
			digits[2 * i] = (byte) (pair >> 8);
			digits[2 * i + 1] = (byte) pair;
		}
		return new String(digits, StandardCharsets.ISO_8859_1);
	}

	private static short[] hexPairs() {
		byte[] digits = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
		short[] pairs = new short[256];
		for (int value = 0; value < 256; value++) {
			pairs[value] = (short) ((digits[value >> 4] << 8) | digits[value & 0xf]);
		}
		return pairs;
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
