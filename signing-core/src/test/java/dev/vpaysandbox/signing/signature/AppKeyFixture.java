package dev.vpaysandbox.signing.signature;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import dev.vpaysandbox.signing.keys.KeyRing;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.PayMethod;
import dev.vpaysandbox.testing.MutableClock;

/**
 * One app with a key per env in a ring driven by a {@link MutableClock}, and the texts a
 * signer of that app signs.
 */
final class AppKeyFixture {

	static final String APP_ID = "diagnosis-app";

	static final PayMethod GAME = PayMethod.REQUEST_MIDAS_PAYMENT_GAME_ITEM;

	static final String SIGN_DATA = "{\"mode\":\"goods\",\"buyQuantity\":1,\"env\":0,\"currencyType\":\"USD\","
			+ "\"productId\":\"sword\",\"goodsPrice\":199,\"outTradeNo\":\"diag_20260101_0001\"}";

	static final String PRETTY_SIGN_DATA = "{\n  \"mode\": \"goods\",\n  \"buyQuantity\": 1,\n  \"env\": 0,\n"
			+ "  \"currencyType\": \"USD\",\n  \"productId\": \"sword\",\n  \"goodsPrice\": 199,\n"
			+ "  \"outTradeNo\": \"diag_20260101_0001\"\n}";

	static final String REORDERED_SIGN_DATA = "{\"buyQuantity\":1,\"mode\":\"goods\",\"env\":0,\"currencyType\":\"USD\","
			+ "\"productId\":\"sword\",\"goodsPrice\":199,\"outTradeNo\":\"diag_20260101_0001\"}";

	static final String URI = "/xpay/query_order";

	static final String BODY = "{\"openid\":\"oDiagnosisOpenId0123456789ab\",\"env\":0,\"order_id\":\"diag_20260101_0001\"}";

	static final String EVENT = GAME.deliveryEvent();

	static final String PAYLOAD = "{\"OpenId\":\"oDiagnosisOpenId0123456789ab\",\"Env\":\"0\","
			+ "\"OutTradeNo\":\"diag_20260101_0001\",\"GoodsInfo\":{\"ProductId\":\"sword\",\"Quantity\":1,"
			+ "\"ZoneId\":\"1\",\"OrigPrice\":199,\"ActualPrice\":199,\"Attach\":\"\",\"OrderSource\":1}}";

	static final Secret ENV0_KEY = Secret.of("fixture-appkey-env0-version1-7f3a9c");

	static final Secret ENV1_KEY = Secret.of("fixture-appkey-env1-version1-2b8e4d");

	static final Secret ENV0_NEXT_KEY = Secret.of("fixture-appkey-env0-version2-c51d0e");

	static final Secret STRANGER_KEY = Secret.of("fixture-key-of-nobody-9e6f21");

	final MutableClock clock = MutableClock.at(Instant.parse("2026-01-01T00:00:00Z"));

	final KeyRing ring = new KeyRing(this.clock);

	AppKeyFixture() {
		this.ring.register(APP_ID, Env.PRODUCTION, ENV0_KEY);
		this.ring.register(APP_ID, Env.SANDBOX, ENV1_KEY);
	}

	Verifier verifier() {
		return new Verifier(this.ring, this.clock);
	}

	/** Rotates env 0 to its next key with a one-hour grace window. */
	AppKeyFixture rotated() {
		this.ring.rotate(APP_ID, Env.PRODUCTION, ENV0_NEXT_KEY, Duration.ofHours(1));
		return this;
	}

	/** Every key of the fixture: none may appear in an outcome. */
	static String[] keys() {
		return new String[] { ENV0_KEY.reveal(), ENV1_KEY.reveal(), ENV0_NEXT_KEY.reveal(), STRANGER_KEY.reveal() };
	}

	/** A signature in both cases: neither may appear in an outcome. */
	static String[] bothCases(String hex) {
		return new String[] { hex, hex.toUpperCase(Locale.ROOT) };
	}

}
