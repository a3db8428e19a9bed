package dev.vpaysandbox.signing.signdata;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.PayMethod;

/**
 * The typed content of a signData (docs/protocol.md#signdata). Optional fields are
 * {@code null} when absent. A merchant builds one with {@link #builder(PayMethod)} and
 * serializes it once with {@link #toJson()}; a verifier gets one from
 * {@link SignDataParser}, which keeps the received text. Amounts are integer minor units.
 *
 * @param mode {@code goods} for mini games; absent for mini programs
 * @param offerId the payment account; required for mini programs
 * @param buyQuantity number of items, at least 1
 * @param env the env, absent meaning production
 * @param currencyType ISO 4217 code
 * @param platform {@code android} or {@code ios}, any case, or absent
 * @param productId the registered item
 * @param goodsPrice unit price in minor units
 * @param outTradeNo the merchant's order number
 * @param attach merchant data echoed in the notification, or absent
 */
public record SignData(String mode, String offerId, long buyQuantity, Env env, String currencyType, String platform,
		String productId, long goodsPrice, String outTradeNo, String attach) {

	/**
	 * A builder for the given JS API; mini games get {@code mode: "goods"} by default.
	 */
	public static Builder builder(PayMethod method) {
		return new Builder(method);
	}

	/** The env this signData pays in: {@code env}, or production when absent. */
	public Env effectiveEnv() {
		return (this.env != null) ? this.env : Env.PRODUCTION;
	}

	/**
	 * The amount charged, {@code goodsPrice × buyQuantity}.
	 * @throws ArithmeticException if it overflows a {@code long}
	 */
	public long amount() {
		return Math.multiplyExact(this.goodsPrice, this.buyQuantity);
	}

	/**
	 * The canonical text: compact, fields in the order of docs/protocol.md#fields, absent
	 * fields left out, e.g. {@code {"mode":"goods","buyQuantity":1,"env":0,...}}.
	 */
	public String toJson() {
		return CanonicalWriter.write(this);
	}

	/**
	 * Builds a valid {@link SignData} or says every rule it breaks; it never returns an
	 * invalid one.
	 */
	public static final class Builder {

		private final PayMethod method;

		private String mode;

		private String offerId;

		private Long buyQuantity;

		private Env env;

		private String currencyType;

		private String platform;

		private String productId;

		private Long goodsPrice;

		private String outTradeNo;

		private String attach;

		private Builder(PayMethod method) {
			this.method = Objects.requireNonNull(method, "method");
			this.mode = method.isMiniGame() ? SignDataRules.GOODS_MODE : null;
		}

		public Builder mode(String mode) {
			this.mode = mode;
			return this;
		}

		public Builder offerId(String offerId) {
			this.offerId = offerId;
			return this;
		}

		public Builder buyQuantity(long buyQuantity) {
			this.buyQuantity = buyQuantity;
			return this;
		}

		public Builder env(Env env) {
			this.env = env;
			return this;
		}

		public Builder currencyType(String currencyType) {
			this.currencyType = currencyType;
			return this;
		}

		public Builder platform(String platform) {
			this.platform = platform;
			return this;
		}

		public Builder productId(String productId) {
			this.productId = productId;
			return this;
		}

		public Builder goodsPrice(long goodsPrice) {
			this.goodsPrice = goodsPrice;
			return this;
		}

		public Builder outTradeNo(String outTradeNo) {
			this.outTradeNo = outTradeNo;
			return this;
		}

		public Builder attach(String attach) {
			this.attach = attach;
			return this;
		}

		/**
		 * The signData.
		 * @throws InvalidSignDataException listing every broken rule
		 */
		public SignData build() {
			SignData data = new SignData(this.mode, this.offerId, orZero(this.buyQuantity), this.env, this.currencyType,
					this.platform, this.productId, orZero(this.goodsPrice), this.outTradeNo, this.attach);
			Set<SignDataField> given = given();
			List<Violation> violations = SignDataParser.checkComplete(data, this.method, given, given);
			if (!violations.isEmpty()) {
				throw new InvalidSignDataException(violations);
			}
			return data;
		}

		private Set<SignDataField> given() {
			Map<SignDataField, Object> values = new EnumMap<>(SignDataField.class);
			values.put(SignDataField.MODE, this.mode);
			values.put(SignDataField.OFFER_ID, this.offerId);
			values.put(SignDataField.BUY_QUANTITY, this.buyQuantity);
			values.put(SignDataField.ENV, this.env);
			values.put(SignDataField.CURRENCY_TYPE, this.currencyType);
			values.put(SignDataField.PLATFORM, this.platform);
			values.put(SignDataField.PRODUCT_ID, this.productId);
			values.put(SignDataField.GOODS_PRICE, this.goodsPrice);
			values.put(SignDataField.OUT_TRADE_NO, this.outTradeNo);
			values.put(SignDataField.ATTACH, this.attach);
			Set<SignDataField> given = EnumSet.noneOf(SignDataField.class);
			values.forEach((field, value) -> {
				if (value != null) {
					given.add(field);
				}
			});
			return given;
		}

		private static long orZero(Long value) {
			return (value != null) ? value : 0;
		}

	}

}
