package dev.vpaysandbox.mock.payment;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.vpaysandbox.mock.chaos.Faults;
import dev.vpaysandbox.signing.protocol.PayMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PaymentTests {

	static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

	static Payment pendingSwords(long quantity) {
		return Payment.open("mp1",
				new PaymentDraft("demo-minigame", 0, "T0000001", PayMethod.REQUEST_MIDAS_PAYMENT_GAME_ITEM, "u1", "o1",
						"sword", quantity, 199, "USD", "android", null, "{}", null, Faults.NONE),
				NOW);
	}

	@Test
	void chargesGoodsPriceTimesQuantityOnlyOncePaid() {
		Payment payment = pendingSwords(3);
		assertThat(payment.orderFee()).isEqualTo(597);
		assertThat(payment.paidFee()).isZero();
		payment.markPaid(NOW);
		assertThat(payment.status()).isEqualTo(PaymentStatus.PAID);
		assertThat(payment.paidFee()).isEqualTo(597);
		assertThat(payment.leftFee()).isEqualTo(597);
	}

	@Test
	void goesThroughDeliveringToDelivered() {
		Payment payment = pendingSwords(1);
		payment.markPaid(NOW);
		payment.markDelivering(NOW);
		assertThat(payment.status().queryCode()).isEqualTo(3);
		payment.markDelivered(NOW.plusSeconds(1));
		assertThat(payment.status().queryCode()).isEqualTo(4);
		assertThat(payment.deliveredAt()).isEqualTo(NOW.plusSeconds(1));
	}

	@Test
	void refusesIllegalTransitionsNamingTheState() {
		Payment pending = pendingSwords(1);
		assertThatExceptionOfType(IllegalPaymentTransitionException.class).isThrownBy(() -> pending.markDelivered(NOW))
			.withMessageContaining("PENDING");
		assertThatExceptionOfType(IllegalPaymentTransitionException.class)
			.isThrownBy(() -> pending.markDelivering(NOW));
		assertThatExceptionOfType(IllegalPaymentTransitionException.class).isThrownBy(() -> pending.refund(1, NOW));
		pending.close(CloseReason.CANCELLED, NOW);
		assertThat(pending.status().queryCode()).isEqualTo(6);
		assertThatExceptionOfType(IllegalPaymentTransitionException.class).isThrownBy(() -> pending.markPaid(NOW))
			.withMessageContaining("CLOSED");
		Payment paid = pendingSwords(1);
		paid.markPaid(NOW);
		assertThatExceptionOfType(IllegalPaymentTransitionException.class).isThrownBy(() -> paid.markPaid(NOW));
		assertThatExceptionOfType(IllegalPaymentTransitionException.class)
			.isThrownBy(() -> paid.close(CloseReason.FAILED, NOW));
	}

	@Test
	void refundsPartlyKeepingTheStatusThenFully() {
		Payment payment = pendingSwords(2);
		payment.markPaid(NOW);
		payment.markDelivering(NOW);
		payment.markDelivered(NOW);
		payment.refund(100, NOW);
		assertThat(payment.status()).isEqualTo(PaymentStatus.DELIVERED);
		assertThat(payment.leftFee()).isEqualTo(298);
		assertThatIllegalArgumentException().isThrownBy(() -> payment.refund(299, NOW));
		assertThatIllegalArgumentException().isThrownBy(() -> payment.refund(0, NOW));
		payment.refund(298, NOW);
		assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
		assertThat(payment.leftFee()).isZero();
		assertThat(payment.paidFee()).isEqualTo(398);
		assertThatExceptionOfType(IllegalPaymentTransitionException.class).isThrownBy(() -> payment.refund(1, NOW));
	}

}
