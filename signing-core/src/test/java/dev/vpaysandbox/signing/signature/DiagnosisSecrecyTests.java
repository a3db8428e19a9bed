package dev.vpaysandbox.signing.signature;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A verification outcome, valid or not, never contains a key, the expected signature (in
 * either case) or the string to sign, neither in its fields nor in
 * {@code SignatureDiagnosis.describe()}.
 */
class DiagnosisSecrecyTests {

	static Stream<Scenario> scenarios() {
		return DiagnosisHintTests.scenarios();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("scenarios")
	void revealsNoKeyNoExpectedSignatureAndNoStringToSign(Scenario scenario) {
		Verification verification = scenario.run().get();
		String everything = verification.toString()
				+ ((verification instanceof Verification.Invalid invalid) ? invalid.diagnosis().describe() : "");

		assertThat(scenario.forbidden()).isNotEmpty();
		for (String forbidden : scenario.forbidden()) {
			assertThat(everything).doesNotContain(forbidden);
		}
	}

}
