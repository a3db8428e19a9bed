package dev.vpaysandbox.order.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformOrderTests {

	@Test
	void treatsPaidDeliveringDeliveredAndRefundFailedAsPaid() {
		assertThat(order(2, 0).isPaid()).isTrue();
		assertThat(order(3, 0).isPaid()).isTrue();
		assertThat(order(4, 0).isPaid()).isTrue();
		assertThat(order(7, 0).isPaid()).isTrue();
		assertThat(order(1, 0).isPaid()).isFalse();
		assertThat(order(6, 0).isPaid()).isFalse();
	}

	@Test
	void awaitsDeliveryOnlyWhilePaidOrDelivering() {
		assertThat(order(2, 0).awaitsDelivery()).isTrue();
		assertThat(order(3, 0).awaitsDelivery()).isTrue();
		assertThat(order(4, 0).awaitsDelivery()).isFalse();
	}

	@Test
	void tellsFullFromPartialRefunds() {
		assertThat(order(5, 999).isFullyRefunded()).isTrue();
		assertThat(order(4, 999).isFullyRefunded()).isTrue();
		assertThat(order(4, 300).isFullyRefunded()).isFalse();
		assertThat(order(4, 300).isPartiallyRefunded()).isTrue();
		assertThat(order(4, 0).isPartiallyRefunded()).isFalse();
	}

	private static PlatformOrder order(int status, long refundFee) {
		long paid = (status == 1 || status == 6) ? 0 : 999;
		return new PlatformOrder(status, 999, paid, refundFee, paid - refundFee, "wx-1");
	}

}
