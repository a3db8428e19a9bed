package dev.vpaysandbox.mock.payment;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.vpaysandbox.mock.chaos.Faults;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.Money;
import dev.vpaysandbox.signing.protocol.OutTradeNo;
import dev.vpaysandbox.signing.protocol.PayMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PaymentTests {

	static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

	static Payment pendingSwords(long quantity) {
		return Payment.open("mp1",
				new PaymentDraft("demo-minigame", Env.PRODUCTION, new OutTradeNo("T0000001"),
						PayMethod.REQUEST_MIDAS_PAYMENT_GAME_ITEM, "u1", "o1", "sword", quantity, usd(199), "android",
						null, "{}", null, Faults.NONE),
				NOW);
	}

	static Money usd(long minor) {
		return new Money(minor, "USD");
	}

	@Test
	void chargesGoodsPriceTimesQuantityOnlyOncePaid() {
		Payment payment = pendingSwords(3);
		assertThat(payment.orderFee()).isEqualTo(usd(597));
		assertThat(payment.paidFee()).isEqualTo(usd(0));
		payment.markPaid(NOW);
		assertThat(payment.status()).isEqualTo(PaymentStatus.PAID);
		assertThat(payment.paidFee()).isEqualTo(usd(597));
		assertThat(payment.leftFee()).isEqualTo(usd(597));
	}

	@Test
	void goesThroughDeliveringToDelivered() {
		Payment payment = pendingSwords(1);
		payment.markPaid(NOW);
		payment.markDelivering(NOW);
		assertThat(payment.status().queryCode()).isEqualTo(3);
		payment.markDelivered(NOW.plusSeconds(1));
		assertThat(payment.status().queryCode()).isEqualTo(4);
		assertThat(payment.times().deliveredAt()).isEqualTo(NOW.plusSeconds(1));
		assertThat(payment.times().paidAt()).isEqualTo(NOW);
		assertThat(payment.times().updatedAt()).isEqualTo(NOW.plusSeconds(1));
	}

	@Test
	void refusesIllegalTransitionsNamingTheState() {
		Payment pending = pendingSwords(1);
		assertThatExceptionOfType(IllegalPaymentTransitionException.class).isThrownBy(() -> pending.markDelivered(NOW))
			.withMessageContaining("PENDING");
		assertThatExceptionOfType(IllegalPaymentTransitionException.class)
			.isThrownBy(() -> pending.markDelivering(NOW));
		assertThatExceptionOfType(IllegalPaymentTransitionException.class)
			.isThrownBy(() -> pending.refund(usd(1), NOW));
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
		payment.refund(usd(100), NOW);
		assertThat(payment.status()).isEqualTo(PaymentStatus.DELIVERED);
		assertThat(payment.leftFee()).isEqualTo(usd(298));
		assertThatIllegalArgumentException().isThrownBy(() -> payment.refund(usd(299), NOW));
		assertThatIllegalArgumentException().isThrownBy(() -> payment.refund(usd(0), NOW));
		assertThatIllegalArgumentException().isThrownBy(() -> payment.refund(new Money(1, "EUR"), NOW));
		payment.refund(usd(298), NOW);
		assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
		assertThat(payment.leftFee()).isEqualTo(usd(0));
		assertThat(payment.refundFee()).isEqualTo(usd(398));
		assertThat(payment.paidFee()).isEqualTo(usd(398));
		assertThatExceptionOfType(IllegalPaymentTransitionException.class)
			.isThrownBy(() -> payment.refund(usd(1), NOW));
	}

}
