package dev.vpaysandbox.mock.payment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.vpaysandbox.mock.apps.App;
import dev.vpaysandbox.signing.protocol.PayMethod;
import dev.vpaysandbox.signing.signdata.SignData;
import dev.vpaysandbox.signing.signdata.Violation;
import dev.vpaysandbox.signing.signdata.ViolationCode;

/**
 * The field rules beyond signData's own that the pre-order check reports with them: the
 * userId of the call, a mini program's mode beside signData, and the app's offerId.
 */
final class RequestFieldChecks {

	private static final int MAX_USER_ID_LENGTH = 128;

	private static final String GOODS_MODE = "short_series_goods";

	private static final String COIN_MODE = "short_series_coin";

	private RequestFieldChecks() {
	}

	/** The rules a call breaks outside signData's own rules. */
	static List<Violation> check(PaymentCall call, PayMethod method) {
		List<Violation> violations = new ArrayList<>();
		if (PaymentCall.absent(call.userId())) {
			violations.add(missing("userId", "userId is required"));
		}
		else if (!isUserId(PaymentCall.text(call.userId()))) {
			violations.add(invalid("userId", "userId must be a string of 1-128 characters without control characters"));
		}
		if (!method.isMiniGame()) {
			checkMode(call, violations);
		}
		return violations;
	}

	/** The offerId rule, which needs the app: it must be the app's offerId when given. */
	static List<Violation> checkOfferId(SignData data, App app) {
		if (data.offerId() != null && !Objects.equals(data.offerId(), app.offerId())) {
			return List.of(invalid("offerId", "offerId is not the offerId of app " + app.appId()));
		}
		return List.of();
	}

	/**
	 * Works around signing-core's parser, which reports a required integer of the wrong
	 * type (e.g. {@code "goodsPrice":"199"}) both as missing (-15001) and as invalid
	 * (-15002): the field is present, so only the -15002 stands.
	 */
	static List<Violation> withoutShadowedMissing(List<Violation> violations) {
		return violations.stream()
			.filter((violation) -> violation.code() != ViolationCode.MISSING_FIELD || violations.stream()
				.noneMatch((other) -> other.code() == ViolationCode.INVALID_FIELD
						&& Objects.equals(other.field(), violation.field())))
			.toList();
	}

	private static void checkMode(PaymentCall call, List<Violation> violations) {
		if (PaymentCall.absent(call.mode())) {
			violations.add(missing("mode", "mini programs pass mode (short_series_goods) beside signData"));
			return;
		}
		String mode = PaymentCall.text(call.mode());
		if (COIN_MODE.equals(mode)) {
			violations.add(invalid("mode", "mode short_series_coin is not supported by the sandbox"));
		}
		else if (!GOODS_MODE.equals(mode)) {
			violations.add(invalid("mode", "mode must be short_series_goods"));
		}
	}

	private static boolean isUserId(String userId) {
		return userId != null && !userId.isEmpty() && userId.length() <= MAX_USER_ID_LENGTH
				&& userId.chars().noneMatch(Character::isISOControl);
	}

	private static Violation missing(String field, String message) {
		return new Violation(ViolationCode.MISSING_FIELD, field, message);
	}

	private static Violation invalid(String field, String message) {
		return new Violation(ViolationCode.INVALID_FIELD, field, message);
	}

}
