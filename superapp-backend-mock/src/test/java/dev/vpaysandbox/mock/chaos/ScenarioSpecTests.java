package dev.vpaysandbox.mock.chaos;

import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ScenarioSpecTests {

	@Test
	void parsesEveryFaultWithItsDefaultArgument() {
		ScenarioSpec spec = ScenarioSpec.parse("decline, call-error, call-hang, delay, duplicate, drop, reverse, "
				+ "corrupt-sig, other-env-key, previous-key, wrong-price, wrong-product");
		assertThat(spec.text()).isEqualTo("decline, call-error=500, call-hang=1m, delay=30s, duplicate=1, drop=1, "
				+ "reverse=1m, corrupt-sig=1, other-env-key=1, previous-key=1, wrong-price=1, wrong-product=1");
		assertThat(spec.seed()).isNull();
		assertThat(ScenarioSpec.parse("cancel").rules()).extracting((rule) -> rule.fault().type())
			.containsExactly(FaultType.CANCEL);
		assertThat(spec.rules()).hasSize(FaultType.values().length - 1);
	}

	@Test
	void parsesArgumentsPercentagesAndASeed() {
		ScenarioSpec spec = ScenarioSpec.parse(" Duplicate=3@30%, delay=1500ms@5, call-error=503,seed=-42 ");
		assertThat(spec.rules()).containsExactly(new ScenarioSpec.Rule(new Fault(FaultType.DUPLICATE, 3), 30),
				new ScenarioSpec.Rule(new Fault(FaultType.DELAY, 1500), 5),
				new ScenarioSpec.Rule(new Fault(FaultType.CALL_ERROR, 503), 100));
		assertThat(spec.seed()).isEqualTo(-42L);
		assertThat(spec.text()).isEqualTo("duplicate=3@30%, delay=1500ms@5%, call-error=503");
		assertThat(spec.isRandom()).isTrue();
		assertThat(ScenarioSpec.parse(spec.text()).rules()).isEqualTo(spec.rules());
		assertThat(new Fault(FaultType.DELAY, 7_200_000).duration()).isEqualTo(Duration.ofHours(2));
		assertThat(ScenarioSpec.parse("none").isEmpty()).isTrue();
	}

	@Test
	void refusesWhatItCannotDoWithAMessageSayingWhy() {
		assertRefused("", "at least one fault");
		assertRefused("seed=3", "at least one fault");
		assertRefused("explode", "unknown fault 'explode'; known: decline, cancel, call-error");
		assertRefused("duplicate=99", "duplicate takes a count of 1-10, not 99");
		assertRefused("duplicate=two", "duplicate takes a count of 1-10, not 'two'");
		assertRefused("call-error=404", "call-error takes an HTTP status of 500-599, not 404");
		assertRefused("delay=30 s", "'30 s' is not a duration");
		assertRefused("delay=30", "'30' is not a duration");
		assertRefused("delay=5y", "'5y' is not a duration");
		assertRefused("delay=-5s", "delay takes a duration of 1ms-7d, not -5s");
		assertRefused("delay=8d", "delay takes a duration of 1ms-7d, not 8d");
		assertRefused("decline=2", "decline takes no argument");
		assertRefused("drop@0%", "a percentage is 1-100, not 0");
		assertRefused("drop, drop=2", "drop is given twice");
		assertRefused("decline, cancel", "decline and cancel exclude each other");
		assertRefused("drop,,delay", "'' is not fault[=argument][@percent%]");
		assertRefused("x".repeat(600), "at most 512 characters");
	}

	@Test
	void drawsTheSameFaultsForTheSameSeedAndOrdinal() {
		ScenarioSpec spec = ScenarioSpec.parse("duplicate@30%, delay@30%, drop");
		List<Faults> first = LongStream.rangeClosed(1, 200).mapToObj((ordinal) -> spec.draw(42, ordinal)).toList();
		List<Faults> again = LongStream.rangeClosed(1, 200).mapToObj((ordinal) -> spec.draw(42, ordinal)).toList();
		List<Faults> otherSeed = LongStream.rangeClosed(1, 200).mapToObj((ordinal) -> spec.draw(43, ordinal)).toList();

		assertThat(again).isEqualTo(first);
		assertThat(otherSeed).isNotEqualTo(first);
		assertThat(first).allMatch((faults) -> faults.has(FaultType.DROP));
		long duplicated = first.stream().filter((faults) -> faults.has(FaultType.DUPLICATE)).count();
		long delayed = first.stream().filter((faults) -> faults.has(FaultType.DELAY)).count();
		assertThat(duplicated).isBetween(40L, 80L);
		assertThat(delayed).isBetween(40L, 80L);
		assertThat(first.stream().filter((faults) -> faults.has(FaultType.DUPLICATE) && faults.has(FaultType.DELAY)))
			.as("the faults draw independently")
			.isNotEmpty()
			.hasSizeLessThan((int) duplicated);
	}

	@Test
	void storesTheFaultsThatFiredAsTextAndReadsThemBack() {
		Faults faults = ScenarioSpec.parse("corrupt-sig=2, wrong-price, drop=3, duplicate=2").draw(0, 1);
		assertThat(faults.text()).isEqualTo("corrupt-sig=2, wrong-price=1, drop=3, duplicate=2");
		assertThat(Faults.parse(faults.text())).isEqualTo(faults);
		assertThat(faults.drops()).isEqualTo(3);
		assertThat(faults.tamperingsOf(1)).containsExactly(FaultType.CORRUPT_SIG, FaultType.WRONG_PRICE);
		assertThat(faults.tamperingsOf(2)).containsExactly(FaultType.CORRUPT_SIG);
		assertThat(faults.tamperingsOf(3)).isEmpty();
		assertThat(Faults.parse(null)).isEqualTo(Faults.NONE);
		assertThat(Faults.NONE.text()).isNull();
	}

	private static void assertRefused(String text, String message) {
		assertThatExceptionOfType(InvalidScenarioException.class).isThrownBy(() -> ScenarioSpec.parse(text))
			.withMessageContaining(message);
	}

}
