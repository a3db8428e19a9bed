package dev.vpaysandbox.mock;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.vpaysandbox.client.CloseReason;
import dev.vpaysandbox.client.ExchangedKey;
import dev.vpaysandbox.client.JsApiResult;
import dev.vpaysandbox.client.Payment;
import dev.vpaysandbox.client.PaymentStatus;
import dev.vpaysandbox.client.ProtocolErrorException;
import dev.vpaysandbox.client.SandboxProblemException;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.signature.Signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Expiries follow the test clock: a login code after 5 minutes, an access_token after 2
 * hours, an old appKey after its grace window, a payment left at the cashier after 15
 * minutes.
 */
class TestClockExpiryIntegrationTests extends TestClockKitIntegrationTest {

	@Test
	void aLoginCodeAndAnAccessTokenExpireOnTheTestClock() {
		KitShop shop = KitShop.open(this.sandbox, this.receiver.url());
		String code = this.sandbox.users().loginCode(shop.appId(), "late-user");
		String token = this.sandbox.openServer().accessToken(shop.appId(), shop.appSecret()).token().reveal();
		MockHttp http = new MockHttp(this.port);
		String body = "{\"openid\":\"o-nobody\",\"env\":0,\"order_id\":\"KITnoSuchOrder00001\"}";
		assertThat(xpayQuery(http, shop, token, body).json().get("errcode").intValue()).as("fresh token")
			.isEqualTo(268490002);

		this.sandbox.clock().advance(Duration.ofMinutes(5).plusSeconds(1));
		ProtocolErrorException expired = catchThrowableOfType(ProtocolErrorException.class,
				() -> this.sandbox.openServer().code2session(shop.appId(), shop.appSecret(), code));
		assertThat(expired.errcode()).isEqualTo(40029);

		this.sandbox.clock().advance(Duration.ofHours(2));
		assertThat(xpayQuery(http, shop, token, body).json().get("errcode").intValue()).isEqualTo(42001);
	}

	@Test
	void theOldKeyIsRefusedOnceItsGraceWindowHasPassedOnTheTestClock() {
		KitShop shop = KitShop.open(this.sandbox, this.receiver.url());
		KitShop.User user = shop.logIn();
		Secret oldKey = shop.appKey();
		this.sandbox.keys().rotate(shop.appId(), Env.PRODUCTION, Duration.ofHours(1));

		JsApiResult inGrace = this.sandbox.pay(shop.swordOrder(user, oldKey));
		boolean exchangedInGrace = exchange(shop).previousKey().isPresent();
		this.sandbox.clock().advance(Duration.ofHours(1).plusSeconds(1));
		JsApiResult afterGrace = this.sandbox.pay(shop.swordOrder(user, oldKey));

		assertThat(inGrace.paid()).as(inGrace.toString()).isTrue();
		assertThat(inGrace.noteCodes()).containsExactly("PREVIOUS_KEY_IN_GRACE");
		assertThat(afterGrace.errCode()).as(afterGrace.toString()).isEqualTo(-15006);
		assertThat(exchangedInGrace).as("the key exchange hands out the previous key in its window").isTrue();
		assertThat(exchange(shop).previousKey()).as("and not after it").isEmpty();
		assertThat(this.sandbox.pay(shop.swordOrder(user, shop.appKey())).paid()).isTrue();
	}

	private ExchangedKey exchange(KitShop shop) {
		return this.sandbox.keys().exchange(shop.appId(), shop.appSecret(), Env.PRODUCTION);
	}

	@Test
	void aPaymentLeftAtTheCashierTimesOutAfterFifteenMinutesOfTheTestClock() {
		KitShop shop = KitShop.open(this.sandbox, this.receiver.url());
		JsApiResult waiting = this.sandbox.pay(shop.swordOrder(shop.logIn(), shop.appKey()).waitingAtCashier());
		String paymentId = waiting.paymentId();

		this.sandbox.clock().advance(Duration.ofMinutes(14));
		assertThat(this.sandbox.payments().get(paymentId).status()).as("after 14 minutes")
			.isEqualTo(PaymentStatus.PENDING);
		this.sandbox.clock().advance(Duration.ofMinutes(2));

		Payment expired = this.sandbox.payments().get(paymentId);
		assertThat(expired.status()).isEqualTo(PaymentStatus.CLOSED);
		assertThat(expired.closeReason()).isEqualTo(CloseReason.EXPIRED);
		assertThat(expired.queryStatus()).isEqualTo(6);
		assertThat(Duration.between(expired.createdAt(), expired.closedAt())).as("closed at its deadline")
			.isEqualTo(Duration.ofMinutes(15));
		assertThat(new MockHttp(this.port).get("/sandbox/cashier/" + paymentId + "/result").json().get("result"))
			.hasToString("{\"errMsg\":\"requestMidasPaymentGameItem:fail timeout\",\"errCode\":-1}");
		SandboxProblemException late = catchThrowableOfType(SandboxProblemException.class,
				() -> this.sandbox.cashier().pay(paymentId));
		assertThat(late.slug()).isEqualTo("payment-not-pending");
		assertThat(this.sandbox.notifications().ofPayment(paymentId)).isEmpty();
	}

	private static MockHttp.Response xpayQuery(MockHttp http, KitShop shop, String token, String body) {
		String paySig = Signatures.payApiSig(shop.appKey(), "/xpay/query_order", body);
		return http.post("/xpay/query_order?access_token=" + token + "&pay_sig=" + paySig, body);
	}

}
