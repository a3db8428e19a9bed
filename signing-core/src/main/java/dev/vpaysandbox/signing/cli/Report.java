package dev.vpaysandbox.signing.cli;

import java.io.PrintWriter;
import java.util.stream.Collectors;

import dev.vpaysandbox.signing.diagnosis.Hint;
import dev.vpaysandbox.signing.protocol.PayMethod;
import dev.vpaysandbox.signing.signature.Verification;
import dev.vpaysandbox.signing.signdata.ParsedSignData;
import dev.vpaysandbox.signing.signdata.SignDataParser;

/**
 * How the CLI prints outcomes: one line per signature for {@code verify}, the whole
 * diagnosis for {@code explain}; never a key or an expected signature.
 */
final class Report {

	private Report() {
	}

	/** One line, e.g. {@code paySig: invalid (MISMATCH; hints: OTHER_ENV_KEY)}. */
	static String line(String name, Verification verification) {
		if (verification instanceof Verification.Valid valid) {
			String notes = valid.notes().isEmpty() ? "" : "; notes: "
					+ valid.notes().stream().map((note) -> note.code().name()).collect(Collectors.joining(", "));
			return name + ": valid (" + valid.key().describe() + notes + ")";
		}
		Verification.Invalid invalid = (Verification.Invalid) verification;
		String hints = invalid.diagnosis().hints().isEmpty() ? ""
				: "; hints: " + invalid.diagnosis()
					.hints()
					.stream()
					.map((hint) -> hint.code().name())
					.collect(Collectors.joining(", "));
		return name + ": invalid (" + invalid.diagnosis().reason() + hints + ")";
	}

	/** The whole story: the key that matched and its notes, or the diagnosis. */
	static String explanation(String name, Verification verification) {
		if (verification instanceof Verification.Invalid invalid) {
			return invalid.diagnosis().describe();
		}
		Verification.Valid valid = (Verification.Valid) verification;
		StringBuilder text = new StringBuilder(name + ": valid\n  key: " + valid.key().describe());
		for (Hint note : valid.notes()) {
			text.append("\n  note ").append(note.code()).append(": ").append(note.message());
		}
		return text.toString();
	}

	/** Warns on {@code err} about every rule the signData breaks for the method. */
	static void warnAboutRules(String signData, PayMethod method, PrintWriter err) {
		if (SignDataParser.parse(signData, method) instanceof ParsedSignData.Invalid invalid) {
			invalid.violations()
				.forEach((violation) -> err.println("warning: signData breaks a rule for " + method.wireName() + ": "
						+ violation.code().errCode() + ((violation.field() != null) ? " " + violation.field() : "")
						+ ": " + violation.message()));
		}
	}

}
