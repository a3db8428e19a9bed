package dev.vpaysandbox.mock.payment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import dev.vpaysandbox.mock.apps.App;
import dev.vpaysandbox.mock.apps.Apps;
import dev.vpaysandbox.mock.apps.Items;
import dev.vpaysandbox.mock.chaos.Faults;
import dev.vpaysandbox.mock.chaos.ScenarioSpec;
import dev.vpaysandbox.mock.chaos.Scenarios;
import dev.vpaysandbox.mock.login.Logins;
import dev.vpaysandbox.mock.payment.Diagnosis.HintReport;
import dev.vpaysandbox.signing.diagnosis.Hint;
import dev.vpaysandbox.signing.protocol.Money;
import dev.vpaysandbox.signing.protocol.OutTradeNo;
import dev.vpaysandbox.signing.protocol.PayMethod;
import dev.vpaysandbox.signing.signature.SessionSignatureVerifier;
import dev.vpaysandbox.signing.signature.Verification;
import dev.vpaysandbox.signing.signature.Verifier;
import dev.vpaysandbox.signing.signdata.ParsedSignData;
import dev.vpaysandbox.signing.signdata.SignData;
import dev.vpaysandbox.signing.signdata.SignDataParser;
import dev.vpaysandbox.signing.signdata.Violation;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * The super app's pre-order check (docs/protocol.md#the-pre-order-check), in exactly that
 * order, stopping at the first failure: app known and paying with this method → signData
 * a string holding a JSON object (-15011) → fields and types (-15001, -15002) → paySig
 * (-15006) → signature with the current session_key (-15005) → item registered and
 * published (-15010) → price, currency, quantity (-15002) → outTradeNo unused (-15003,
 * paid -15007). Then the chaos scenario of the payment is resolved, and the cashier pays
 * at once, leaves the payment pending, or (as the scenario says) declines or cancels it.
 */
@Service
class PreOrderCheck {

	/**
	 * The longest signData stored, in characters (code points, as attach is counted);
	 * longer texts are refused, never truncated.
	 */
	static final int MAX_SIGN_DATA_LENGTH = 8192;

	private final Apps apps;

	private final Items items;

	private final Logins logins;

	private final Verifier verifier;

	private final PaymentOpener opener;

	private final PaymentRepository payments;

	private final VerdictLog verdicts;

	private final PaymentMetrics metrics;

	private final Scenarios scenarios;

	private final JsonMapper json;

	PreOrderCheck(Apps apps, Items items, Logins logins, Verifier verifier, PaymentOpener opener,
			PaymentRepository payments, VerdictLog verdicts, PaymentMetrics metrics, Scenarios scenarios,
			JsonMapper json) {
		this.apps = apps;
		this.items = items;
		this.logins = logins;
		this.verifier = verifier;
		this.opener = opener;
		this.payments = payments;
		this.verdicts = verdicts;
		this.metrics = metrics;
		this.scenarios = scenarios;
		this.json = json;
	}

	/**
	 * Checks a well-formed call and, if it passes, takes it to the cashier.
	 * @param requested the scenario the call's header asks for, or {@code null}
	 */
	public Verdict check(PayMethod method, PaymentCall call, CashierMode cashier, ScenarioSpec requested) {
		Verdict verdict = evaluate(method, call, new Cashier(cashier, requested));
		this.verdicts.record(method, call, verdict);
		return verdict;
	}

	/** Records a call whose body was not a JSON object: refused before any check. */
	public Verdict refuseMalformed(PayMethod method) {
		Verdict verdict = Rejections.badRequest("request", "the request body must be a JSON object");
		this.verdicts.record(method, null, verdict);
		return verdict;
	}

	private Verdict evaluate(PayMethod method, PaymentCall call, Cashier cashier) {
		Optional<App> found = this.apps.find(PaymentCall.text(call.appId()));
		Optional<Verdict.Rejected> appRefusal = appRefusal(method, call, found);
		if (appRefusal.isPresent()) {
			return appRefusal.get();
		}
		App app = found.get();
		if (!PaymentCall.absent(call.signData()) && !call.signData().isString()) {
			return Rejections.of(Rejections.NOT_A_JSON_OBJECT, 400, "signData", "signData is not a JSON object",
					"signData must be a string holding a JSON object, not a JSON " + call.signData().getNodeType());
		}
		String raw = PaymentCall.text(call.signData());
		if (raw != null && raw.codePointCount(0, raw.length()) > MAX_SIGN_DATA_LENGTH) {
			return Rejections.of(Rejections.INVALID, 400, "signData", "invalid signData",
					"signData is longer than " + MAX_SIGN_DATA_LENGTH + " characters");
		}
		ParsedSignData parsed = SignDataParser.parse(raw, method);
		List<Violation> violations = new ArrayList<>(RequestFieldChecks.check(call, method));
		if (parsed instanceof ParsedSignData.Invalid invalid) {
			if (invalid.first().code().errCode() == Rejections.NOT_A_JSON_OBJECT) {
				return Rejections.fields(invalid.violations());
			}
			violations.addAll(RequestFieldChecks.withoutShadowedMissing(invalid.violations()));
		}
		else {
			violations.addAll(RequestFieldChecks.checkOfferId(((ParsedSignData.Valid) parsed).data(), app));
		}
		if (!violations.isEmpty()) {
			return Rejections.fields(violations.stream().sorted(Violation.REPORTING_ORDER).toList());
		}
		return checkSignaturesAndItem(method, call, cashier, app, (ParsedSignData.Valid) parsed);
	}

	private Verdict checkSignaturesAndItem(PayMethod method, PaymentCall call, Cashier cashier, App app,
			ParsedSignData.Valid parsed) {
		SignData data = parsed.data();
		List<Hint> notes = new ArrayList<>();
		Verification paySig = this.verifier.paySig(app.appId(), data.effectiveEnv(), method, parsed.raw(),
				PaymentCall.signatureText(call.paySig()));
		if (paySig instanceof Verification.Invalid invalid) {
			return Rejections.paySig(invalid.diagnosis());
		}
		notes.addAll(((Verification.Valid) paySig).notes());
		String userId = PaymentCall.text(call.userId());
		Optional<Logins.UserKeys> keys = this.logins.keysOf(app.appId(), userId);
		if (keys.isEmpty()) {
			return Rejections.noSession(userId, parsed.raw());
		}
		Verification signature = SessionSignatureVerifier.verify(parsed.raw(),
				PaymentCall.signatureText(call.signature()), keys.get().current(), keys.get().earlier(), method);
		if (signature instanceof Verification.Invalid invalid) {
			return Rejections.signature(invalid.diagnosis());
		}
		notes.addAll(((Verification.Valid) signature).notes());
		Optional<Verdict.Rejected> catalogue = CatalogueChecks.check(data, app,
				this.items.find(app.appId(), data.productId()));
		if (catalogue.isPresent()) {
			return catalogue.get();
		}
		List<HintReport> reported = HintReport.of(notes);
		Faults faults = this.scenarios.resolve(app.appId(), data.productId(), data.outTradeNo(), cashier.requested());
		return open(
				new PaymentDraft(app.appId(), data.effectiveEnv(), new OutTradeNo(data.outTradeNo()), method, userId,
						keys.get().openid(), data.productId(), data.buyQuantity(),
						new Money(data.goodsPrice(), data.currencyType()),
						(data.platform() != null) ? data.platform().toLowerCase(Locale.ROOT) : null, data.attach(),
						parsed.raw(), reported.isEmpty() ? null : this.json.writeValueAsString(reported), faults),
				cashier.mode(), reported);
	}

	private static Optional<Verdict.Rejected> appRefusal(PayMethod method, PaymentCall call, Optional<App> found) {
		if (PaymentCall.absent(call.appId())) {
			return Optional.of(Rejections.of(Rejections.MISSING, 400, "app", "missing appId", "appId is required"));
		}
		if (!call.appId().isString()) {
			return Optional
				.of(Rejections.of(Rejections.INVALID, 400, "app", "invalid appId", "appId must be a string"));
		}
		if (found.isEmpty()) {
			return Optional.of(Rejections.of(Rejections.INVALID, 404, "app", "invalid appId",
					"no app " + PaymentCall.text(call.appId())));
		}
		App app = found.get();
		if (!app.paymentEnabled()) {
			return Optional.of(Rejections.of(Rejections.INVALID, 403, "app", "payment disabled",
					"payment is disabled for app " + app.appId()));
		}
		if (app.type().payMethod() != method) {
			return Optional.of(Rejections.of(Rejections.INVALID, 400, "app", "wrong JS API", "app " + app.appId()
					+ " is a " + app.type().wireName() + ": it pays with " + app.type().payMethod().wireName()));
		}
		return Optional.empty();
	}

	private Verdict open(PaymentDraft draft, CashierMode cashier, List<HintReport> notes) {
		try {
			Payment payment = this.opener.open(draft, cashier);
			if (payment.status() == PaymentStatus.CLOSED) {
				return closed(payment, notes);
			}
			this.metrics.outcome((cashier == CashierMode.PAY) ? "paid" : "pending");
			return (cashier == CashierMode.PAY) ? new Verdict.Paid(payment, notes)
					: new Verdict.Pending(payment, notes);
		}
		catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
			Optional<Payment> existing = this.payments.findByAppIdAndEnvAndOutTradeNo(draft.appId(), draft.env(),
					draft.outTradeNo());
			if (existing.isEmpty()) {
				throw ex;
			}
			return Rejections.reused(existing.get());
		}
	}

	private Verdict closed(Payment payment, List<HintReport> notes) {
		boolean cancelled = payment.closeReason() == CloseReason.CANCELLED;
		this.metrics.outcome(cancelled ? "cancelled" : "failed");
		return cancelled ? new Verdict.Closed(payment, notes, CloseReason.CANCELLED.errCode(), 400, "cancel")
				: new Verdict.Closed(payment, notes, CloseReason.FAILED.errCode(), 402, "payment declined");
	}

	/**
	 * What the cashier is asked to do.
	 *
	 * @param mode pay at once or wait
	 * @param requested the call's own scenario, or {@code null}
	 */
	private record Cashier(CashierMode mode, ScenarioSpec requested) {
	}

}
