package dev.vpaysandbox.mock;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import dev.vpaysandbox.mock.apps.AppType;
import dev.vpaysandbox.mock.notify.NotificationStatus;
import dev.vpaysandbox.mock.payment.CloseReason;
import dev.vpaysandbox.mock.payment.PaymentStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * sandbox-client names the mock's states and codes without depending on the mock (an
 * integrator's test does not want the mock's classes): its copies must say what the mock
 * says, name for name and code for code.
 */
class ClientContractTests {

	@Test
	void paymentStatusesAndTheirQueryOrderCodesAreTheMocks() {
		for (PaymentStatus status : PaymentStatus.values()) {
			assertThat(dev.vpaysandbox.client.PaymentStatus.valueOf(status.name()).queryStatus()).as(status.name())
				.isEqualTo(status.queryCode());
		}
		assertThat(dev.vpaysandbox.client.PaymentStatus.values()).hasSameSizeAs(PaymentStatus.values());
	}

	@Test
	void closeReasonsAndTheirCallbackCodesAreTheMocks() {
		for (CloseReason reason : CloseReason.values()) {
			assertThat(dev.vpaysandbox.client.CloseReason.valueOf(reason.name()).errCode()).as(reason.name())
				.isEqualTo(reason.errCode());
		}
		assertThat(dev.vpaysandbox.client.CloseReason.values()).hasSameSizeAs(CloseReason.values());
	}

	@Test
	void notificationStatusesAndAppTypesAreTheMocks() {
		assertThat(Arrays.stream(dev.vpaysandbox.client.NotificationStatus.values()).map(Enum::name))
			.containsExactlyElementsOf(Arrays.stream(NotificationStatus.values()).map(Enum::name).toList());
		for (AppType type : AppType.values()) {
			dev.vpaysandbox.client.AppType client = dev.vpaysandbox.client.AppType.valueOf(type.name());
			assertThat(client.wireName()).isEqualTo(type.wireName());
			assertThat(client.method()).isEqualTo(type.payMethod());
		}
	}

}
