package dev.vpaysandbox.mock.pages;

import java.time.Clock;
import java.util.List;

import dev.vpaysandbox.mock.apps.Apps;
import dev.vpaysandbox.mock.login.Logins;
import dev.vpaysandbox.mock.payment.Diagnosis.FieldProblem;
import dev.vpaysandbox.mock.payment.Diagnosis.HintReport;
import dev.vpaysandbox.mock.payment.Diagnosis.KeyReport;
import dev.vpaysandbox.mock.payment.Diagnosis.SignatureReport;
import dev.vpaysandbox.web.Problems;
import dev.vpaysandbox.signing.diagnosis.Check;
import dev.vpaysandbox.signing.diagnosis.SignatureDiagnosis;
import dev.vpaysandbox.signing.keys.KeyRing;
import dev.vpaysandbox.signing.keys.KeyUsed;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.PayMethod;
import dev.vpaysandbox.signing.signature.SessionSignatureVerifier;
import dev.vpaysandbox.signing.signature.Verification;
import dev.vpaysandbox.signing.signature.Verifier;
import dev.vpaysandbox.signing.signdata.ParsedSignData;
import dev.vpaysandbox.signing.signdata.SignDataParser;

import org.springframework.stereotype.Component;

/**
 * Explains a paySig or signature with signing-core's verifiers, as the pre-order check
 * does: with a pasted key, or with an app's stored appKey or a user's session_keys, which
 * never leave the mock.
 */
@Component
class SignatureDebugger {

	/** The app id a pasted appKey is filed under; any name would do. */
	private static final String PASTED_APP = "pasted-key";

	private final Apps apps;

	private final Logins logins;

	private final Verifier verifier;

	private final Clock clock;

	SignatureDebugger(Apps apps, Logins logins, Verifier verifier, Clock clock) {
		this.apps = apps;
		this.logins = logins;
		this.verifier = verifier;
		this.clock = clock;
	}

	Explanation explain(ExplainRequest request) {
		ExplainQuestion question = ExplainQuestion.of(request);
		ParsedSignData parsed = SignDataParser.parse(request.signData(), question.method());
		List<FieldProblem> problems = (parsed instanceof ParsedSignData.Invalid invalid) ? invalid.violations()
			.stream()
			.map((violation) -> new FieldProblem(violation.code().errCode(), violation.field(), violation.message()))
			.toList() : List.of();
		if (question.check() == Check.PAY_SIG) {
			Env env = (request.env() != null) ? Env.of(request.env())
					: (parsed instanceof ParsedSignData.Valid valid) ? valid.data().effectiveEnv() : Env.PRODUCTION;
			return answer(question, env, paySig(question, request, env), problems);
		}
		return answer(question, null, signature(question, request), problems);
	}

	private Verification paySig(ExplainQuestion question, ExplainRequest request, Env env) {
		if (question.pasted()) {
			KeyRing ring = new KeyRing(this.clock);
			ring.register(PASTED_APP, env, Secret.of(request.key()));
			return new Verifier(ring, this.clock).paySig(PASTED_APP, env, question.method(), request.signData(),
					request.hex());
		}
		if (this.apps.find(request.appId()).isEmpty()) {
			throw Problems.notFound("no app " + request.appId());
		}
		return this.verifier.paySig(request.appId(), env, question.method(), request.signData(), request.hex());
	}

	private Verification signature(ExplainQuestion question, ExplainRequest request) {
		if (question.pasted()) {
			return SessionSignatureVerifier.verify(request.signData(), request.hex(), Secret.of(request.key()),
					List.of(), question.method());
		}
		Logins.UserKeys keys = this.logins.keysOf(request.appId(), request.userId())
			.orElseThrow(
					() -> Problems.notFound("user " + request.userId() + " never logged in to app " + request.appId()));
		return SessionSignatureVerifier.verify(request.signData(), request.hex(), keys.current(), keys.earlier(),
				question.method());
	}

	private static Explanation answer(ExplainQuestion question, Env env, Verification verification,
			List<FieldProblem> problems) {
		String kind = question.check().protocolName();
		String source = question.pasted() ? "pasted" : "app";
		Integer envCode = (env != null) ? env.code() : null;
		if (verification instanceof Verification.Valid valid) {
			KeyReport key = keyReport(valid.key(), question.pasted());
			String with = question.pasted() ? "the pasted key" : valid.key().describe();
			return new Explanation(kind, true, source, envCode, key, notes(valid), null,
					kind + " verifies with " + with, problems);
		}
		SignatureDiagnosis diagnosis = ((Verification.Invalid) verification).diagnosis();
		if (!question.pasted()) {
			return new Explanation(kind, false, source, envCode, null, null, SignatureReport.of(diagnosis),
					diagnosis.describe(), problems);
		}
		// a pasted key has no version: report it by kind and env only
		SignatureReport report = SignatureReport.of(diagnosis);
		KeyReport pastedKey = (diagnosis.key() != null) ? keyReport(diagnosis.key(), true) : null;
		SignatureDiagnosis withoutKey = new SignatureDiagnosis(diagnosis.check(), diagnosis.reason(),
				diagnosis.method(), diagnosis.stringToSignLength(), diagnosis.stringToSignSha256(), null,
				diagnosis.hints());
		return new Explanation(kind, false, source, envCode, null, null,
				new SignatureReport(report.reason(), report.method(), report.stringToSignLength(),
						report.stringToSignSha256(), pastedKey, report.hints()),
				withoutKey.describe() + "\n  key: the pasted "
						+ ((question.check() == Check.PAY_SIG) ? "appKey" : "session_key"),
				problems);
	}

	private static List<HintReport> notes(Verification.Valid valid) {
		return valid.notes().stream().map((note) -> new HintReport(note.code().name(), note.message())).toList();
	}

	private static KeyReport keyReport(KeyUsed key, boolean pasted) {
		if (key.kind() == KeyUsed.Kind.SESSION_KEY) {
			return new KeyReport("session_key", null, null, key.previous());
		}
		return new KeyReport("appKey", key.env().code(), pasted ? null : key.version(), key.previous());
	}

}
