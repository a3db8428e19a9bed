package dev.vpaysandbox.mock.apps;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.vpaysandbox.signing.protocol.Env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FixedAppKeysTests {

	@Test
	void takesAKeyPerEnvAndLeavesTheOthersGenerated() {
		FixedAppKeys keys = FixedAppKeys.of(Map.of("1", "SandboxKey!#~0123"), false);

		assertThat(keys.of(Env.SANDBOX))
			.hasValueSatisfying((key) -> assertThat(key.reveal()).isEqualTo("SandboxKey!#~0123"));
		assertThat(keys.of(Env.PRODUCTION)).isEmpty();
		assertThat(keys.toString()).isEqualTo("FixedAppKeys[SANDBOX]");
	}

	@Test
	void aBlankKeyOfAConfigurationMeansGeneratedButIsRefusedFromARequest() {
		Map<String, String> unset = new LinkedHashMap<>();
		unset.put("0", "");
		unset.put("1", null);

		assertThat(FixedAppKeys.of(unset, true).isEmpty()).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> FixedAppKeys.of(unset, false))
			.withMessage("the appKey of env 0 is empty");
	}

	@Test
	void refusesOtherEnvsAndKeysThatAreNotEightTo128VisibleCharactersWithoutNamingThem() {
		for (Map<String, String> keys : Map
			.of("env 2", Map.of("2", "LongEnoughKey123"), "env text", Map.of("prod", "LongEnoughKey123"), "short",
					Map.of("0", "Short12"), "space", Map.of("0", "Has Space 12345"), "long",
					Map.of("0", "k".repeat(129)), "control", Map.of("0", "Tab\there12345"), "non-ASCII",
					Map.of("0", "Schlüssel12345"))
			.values()) {
			assertThatIllegalArgumentException().isThrownBy(() -> FixedAppKeys.of(keys, false))
				.satisfies((refused) -> assertThat(refused.getMessage()).doesNotContain(keys.values()));
		}
		assertThat(FixedAppKeys.of(Map.of("0", "k".repeat(128)), false).isEmpty()).isFalse();
		assertThat(FixedAppKeys.of(Map.of("0", "Exactly8"), false).isEmpty()).isFalse();
	}

}
