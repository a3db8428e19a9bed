package dev.vpaysandbox.signing.signdata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.vpaysandbox.signing.protocol.Money;
import dev.vpaysandbox.signing.protocol.OutTradeNo;
import dev.vpaysandbox.signing.protocol.PayMethod;

/**
 * The value rules of signData (docs/protocol.md#value-rules) that need no app or item:
 * shared by the builder, which refuses to build an invalid signData, and by the parser,
 * which reports every broken rule. Rules that need the registered app or item (offerId,
 * limits, prices, currencies enabled) belong to the party that knows them.
 */
final class SignDataRules {

	/** The value of {@code mode} for a mini game's direct item purchase. */
	static final String GOODS_MODE = "goods";

	static final int MAX_ATTACH_LENGTH = 1024;

	static final int MAX_ID_LENGTH = 64;

	private SignDataRules() {
	}

	/** The broken rules of a complete set of values, in field order. */
	static List<Violation> check(SignData data, PayMethod method) {
		List<Violation> violations = new ArrayList<>();
		checkMode(data.mode(), method, violations);
		checkOfferId(data.offerId(), method, violations);
		checkBuyQuantity(data.buyQuantity(), violations);
		checkCurrency(data.currencyType(), violations);
		checkPlatform(data.platform(), violations);
		checkProductId(data.productId(), violations);
		checkGoodsPrice(data.goodsPrice(), violations);
		checkOutTradeNo(data.outTradeNo(), violations);
		checkAttach(data.attach(), violations);
		return violations;
	}

	private static void checkMode(String mode, PayMethod method, List<Violation> violations) {
		String field = SignDataField.MODE.jsonName();
		if (method.isMiniGame()) {
			if (mode == null) {
				violations.add(Violation.missing(SignDataField.MODE, "mini games must set mode \"goods\""));
			}
			else if (!GOODS_MODE.equals(mode)) {
				violations.add(Violation.invalid(field, "mode must be \"goods\" for a direct item purchase"));
			}
		}
		else if (mode != null) {
			violations.add(Violation.invalid(field, "mini programs pass mode beside signData, not inside it"));
		}
	}

	private static void checkOfferId(String offerId, PayMethod method, List<Violation> violations) {
		if (offerId == null) {
			if (!method.isMiniGame()) {
				violations.add(Violation.missing(SignDataField.OFFER_ID, "mini programs must set offerId"));
			}
			return;
		}
		checkIdentifier(SignDataField.OFFER_ID, offerId, violations);
	}

	private static void checkBuyQuantity(long buyQuantity, List<Violation> violations) {
		if (buyQuantity < 1) {
			violations.add(Violation.invalid(SignDataField.BUY_QUANTITY.jsonName(), "buyQuantity must be at least 1"));
		}
	}

	private static void checkCurrency(String currencyType, List<Violation> violations) {
		if (currencyType == null) {
			violations.add(Violation.missing(SignDataField.CURRENCY_TYPE, "currencyType is required"));
		}
		else if (!Money.isCurrency(currencyType)) {
			violations.add(Violation.invalid(SignDataField.CURRENCY_TYPE.jsonName(),
					"currencyType must be an ISO 4217 code of three upper-case letters"));
		}
	}

	private static void checkPlatform(String platform, List<Violation> violations) {
		if (platform == null) {
			return;
		}
		String lower = platform.toLowerCase(Locale.ROOT);
		if (!lower.equals("android") && !lower.equals("ios")) {
			violations.add(Violation.invalid(SignDataField.PLATFORM.jsonName(), "platform must be android or ios"));
		}
	}

	private static void checkProductId(String productId, List<Violation> violations) {
		if (productId == null) {
			violations.add(Violation.missing(SignDataField.PRODUCT_ID, "productId is required"));
			return;
		}
		checkIdentifier(SignDataField.PRODUCT_ID, productId, violations);
	}

	private static void checkGoodsPrice(long goodsPrice, List<Violation> violations) {
		if (goodsPrice < 0) {
			violations.add(Violation.invalid(SignDataField.GOODS_PRICE.jsonName(),
					"goodsPrice must not be negative (minor units)"));
		}
	}

	private static void checkOutTradeNo(String outTradeNo, List<Violation> violations) {
		if (outTradeNo == null) {
			violations.add(Violation.missing(SignDataField.OUT_TRADE_NO, "outTradeNo is required"));
		}
		else if (!OutTradeNo.isValid(outTradeNo)) {
			violations.add(Violation.invalid(SignDataField.OUT_TRADE_NO.jsonName(),
					"outTradeNo must be 8-32 characters of [0-9A-Za-z_-|*@], not starting with '_'"));
		}
	}

	private static void checkAttach(String attach, List<Violation> violations) {
		if (attach == null) {
			return;
		}
		// Characters as a person counts them: an emoji is one, not two UTF-16 units.
		if (attach.codePointCount(0, attach.length()) > MAX_ATTACH_LENGTH) {
			violations.add(Violation.invalid(SignDataField.ATTACH.jsonName(),
					"attach must be at most " + MAX_ATTACH_LENGTH + " characters"));
		}
		int loneSurrogate = loneSurrogateIndex(attach);
		if (loneSurrogate >= 0) {
			// The notification echoes attach in UTF-8, which cannot carry half a pair: it
			// would arrive changed (as '?'), so it is refused rather than altered.
			violations.add(Violation.invalid(SignDataField.ATTACH.jsonName(),
					String.format(
							"attach holds a lone surrogate (\\u%04x at character %d), which is not Unicode "
									+ "text and cannot be echoed unchanged",
							(int) attach.charAt(loneSurrogate), attach.codePointCount(0, loneSurrogate) + 1)));
		}
	}

	/** The UTF-16 index of the first surrogate that is not half of a pair, or -1. */
	private static int loneSurrogateIndex(String text) {
		for (int i = 0; i < text.length(); i++) {
			char unit = text.charAt(i);
			if (Character.isHighSurrogate(unit) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(unit)) {
				return i;
			}
		}
		return -1;
	}

	private static void checkIdentifier(SignDataField field, String value, List<Violation> violations) {
		if (value.isBlank() || value.length() > MAX_ID_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
			violations.add(Violation.invalid(field.jsonName(),
					field.jsonName() + " must be 1-" + MAX_ID_LENGTH + " characters without control characters"));
		}
	}

}
