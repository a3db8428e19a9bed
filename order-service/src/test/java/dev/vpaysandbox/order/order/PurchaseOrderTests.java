package dev.vpaysandbox.order.order;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.vpaysandbox.signing.protocol.Money;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.OutTradeNo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PurchaseOrderTests {

	private static final Instant CREATED = Instant.parse("2026-01-01T10:00:00Z");

	private static final Instant EXPIRES = CREATED.plus(Duration.ofMinutes(15));

	@Test
	void startsCreatedWithTheTotalAmount() {
		PurchaseOrder order = order();

		assertThat(order.status()).isEqualTo(OrderStatus.CREATED);
		assertThat(order.amount()).isEqualTo(597);
		assertThat(order.nextCheckAt()).isEqualTo(CREATED.plus(Duration.ofMinutes(2)));
	}

	@Test
	void deliversAfterPayment() {
		PurchaseOrder order = order();

		order.markPaid(CREATED.plusSeconds(30));
		order.markDelivered(CREATED.plusSeconds(30), CREATED.plusSeconds(630));

		assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
		assertThat(order.wasDelivered()).isTrue();
		assertThat(order.deliveredLate()).isFalse();
		assertThat(order.nextCheckAt()).isEqualTo(CREATED.plusSeconds(630));
	}

	@Test
	void refusesToDeliverWithoutPaymentOrTwice() {
		PurchaseOrder order = order();
		assertThatIllegalStateException().isThrownBy(() -> order.markDelivered(CREATED, null))
			.withMessageContaining("CREATED");

		order.markPaid(CREATED);
		order.markDelivered(CREATED, null);

		assertThatIllegalStateException().isThrownBy(() -> order.markPaid(CREATED)).withMessageContaining("DELIVERED");
	}

	@Test
	void expiresOnlyOnceItsTimeToLiveHasPassed() {
		PurchaseOrder order = order();

		assertThatIllegalStateException().isThrownBy(() -> order.expire(EXPIRES.minusMillis(1)));
		order.expire(EXPIRES);

		assertThat(order.status()).isEqualTo(OrderStatus.EXPIRED);
		assertThat(order.nextCheckAt()).isNull();
	}

	@Test
	void flagsADeliveryAfterExpiry() {
		PurchaseOrder order = order();
		order.expire(EXPIRES);

		order.markPaid(EXPIRES.plusSeconds(60));
		order.markDelivered(EXPIRES.plusSeconds(60), null);

		assertThat(order.deliveredLate()).isTrue();
	}

	@Test
	void refundsTellWhetherItemsMustBeTakenBack() {
		PurchaseOrder delivered = order();
		delivered.markPaid(CREATED);
		delivered.markDelivered(CREATED, null);
		PurchaseOrder undelivered = order();

		assertThat(delivered.markRefunded(CREATED.plusSeconds(60), 597)).isTrue();
		assertThat(undelivered.markRefunded(CREATED.plusSeconds(60), 597)).isFalse();
		assertThat(delivered.wasDelivered()).isTrue();
		assertThatIllegalStateException().isThrownBy(() -> delivered.markRefunded(CREATED, 597));
	}

	@Test
	void keepsAPartialRefundBetweenNothingAndTheAmount() {
		PurchaseOrder order = order();
		assertThatIllegalStateException().isThrownBy(() -> order.recordPartialRefund(100));
		order.markPaid(CREATED);
		order.markDelivered(CREATED, null);

		order.recordPartialRefund(199);

		assertThat(order.refundedFee()).isEqualTo(199);
		assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
		assertThatIllegalArgumentException().isThrownBy(() -> order.recordPartialRefund(597));
	}

	private static PurchaseOrder order() {
		return new PurchaseOrder(
				new NewOrder(new OutTradeNo("VPTEST000000000001"), "demo-minigame", "o-user", Env.PRODUCTION, "sword",
						3, new Money(199, "USD"), "{}", CREATED, EXPIRES, CREATED.plus(Duration.ofMinutes(2))));
	}

}
