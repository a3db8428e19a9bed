package dev.vpaysandbox.signing.signature;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.vpaysandbox.signing.diagnosis.Hint;
import dev.vpaysandbox.signing.diagnosis.HintCode;
import dev.vpaysandbox.signing.diagnosis.Reason;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each hint and each failure reason, proven by a signature made the mistaken way: the
 * verifier accepts or rejects as it must and reports exactly the hints it can prove.
 */
class DiagnosisHintTests {

	static Stream<Scenario> scenarios() {
		return Stream.concat(AppKeyScenarios.all().stream(), SessionScenarios.all().stream());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("scenarios")
	void reportsWhatItCanProve(Scenario scenario) {
		Verification verification = scenario.run().get();

		if (scenario.reason() == null) {
			assertThat(verification).isInstanceOfSatisfying(Verification.Valid.class,
					(valid) -> assertThat(valid.notes()).extracting(Hint::code)
						.containsExactlyInAnyOrderElementsOf(scenario.hints()));
		}
		else {
			assertThat(verification).isInstanceOfSatisfying(Verification.Invalid.class, (invalid) -> {
				assertThat(invalid.diagnosis().reason()).isEqualTo(scenario.reason());
				assertThat(invalid.diagnosis().hints()).extracting(Hint::code)
					.containsExactlyInAnyOrderElementsOf(scenario.hints());
			});
		}
		scenario.more().accept(verification);
	}

	@Test
	void hasAScenarioForEveryHintAndEveryReason() {
		Set<HintCode> hints = EnumSet.noneOf(HintCode.class);
		Set<Reason> reasons = EnumSet.noneOf(Reason.class);
		scenarios().forEach((scenario) -> {
			hints.addAll(scenario.hints());
			if (scenario.reason() != null) {
				reasons.add(scenario.reason());
			}
		});

		assertThat(hints).containsExactlyInAnyOrder(HintCode.values());
		assertThat(reasons).containsExactlyInAnyOrder(Reason.values());
	}

}
