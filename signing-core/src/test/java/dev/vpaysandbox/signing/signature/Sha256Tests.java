package dev.vpaysandbox.signing.signature;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one SHA-256 helper against the FIPS 180-2 known answers. */
class Sha256Tests {

	@Test
	void digestsAbcAsFips180Says() {
		assertThat(Sha256.hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(Sha256.hex("abc".getBytes(StandardCharsets.UTF_8))).isEqualTo(Sha256.hex("abc"));
	}

	@Test
	void digestsTheEmptyText() {
		assertThat(Sha256.hex("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
		assertThat(Sha256.digest("")).hasSize(32);
	}

	@Test
	void hashesTheUtf8BytesOfAText() {
		assertThat(Sha256.hex("é")).isEqualTo(Sha256.hex(new byte[] { (byte) 0xc3, (byte) 0xa9 }));
	}

}
