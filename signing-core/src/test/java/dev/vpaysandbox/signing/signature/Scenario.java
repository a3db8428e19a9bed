package dev.vpaysandbox.signing.signature;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.vpaysandbox.signing.diagnosis.HintCode;
import dev.vpaysandbox.signing.diagnosis.Reason;

/**
 * A signer's mistake, the verification that meets it, and what the outcome must say:
 * accepted ({@code reason == null}) or rejected for a reason, with exactly these hints,
 * and never any of the {@code forbidden} texts (keys, expected signatures, strings to
 * sign).
 *
 * @param name the mistake, in words
 * @param run the verification
 * @param reason why it fails, or {@code null} if it is accepted
 * @param hints the codes of the hints or notes it must carry, and no others
 * @param forbidden texts the outcome must never contain
 * @param more further checks of the outcome
 */
record Scenario(String name, Supplier<Verification> run, Reason reason, Set<HintCode> hints, List<String> forbidden,
		Consumer<Verification> more) {

	static Scenario of(String name, Supplier<Verification> run) {
		return new Scenario(name, run, null, EnumSet.noneOf(HintCode.class), List.of(), (verification) -> {
		});
	}

	Scenario accepted(HintCode... notes) {
		return new Scenario(this.name, this.run, null, codes(notes), this.forbidden, this.more);
	}

	Scenario rejected(Reason reason, HintCode... hints) {
		return new Scenario(this.name, this.run, reason, codes(hints), this.forbidden, this.more);
	}

	Scenario forbidding(String... texts) {
		List<String> all = new ArrayList<>(this.forbidden);
		all.addAll(List.of(texts));
		return new Scenario(this.name, this.run, this.reason, this.hints, all, this.more);
	}

	Scenario also(Consumer<Verification> check) {
		return new Scenario(this.name, this.run, this.reason, this.hints, this.forbidden, this.more.andThen(check));
	}

	private static Set<HintCode> codes(HintCode... codes) {
		Set<HintCode> set = EnumSet.noneOf(HintCode.class);
		set.addAll(List.of(codes));
		return set;
	}

	@Override
	public String toString() {
		return this.name;
	}

}
