package dev.vpaysandbox.order.reconcile;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import dev.vpaysandbox.order.TestProperties;
import dev.vpaysandbox.order.apps.MerchantApp;
import dev.vpaysandbox.order.apps.MerchantApps;
import dev.vpaysandbox.order.apps.TestMerchantApps;
import dev.vpaysandbox.order.order.OrderSnapshot;
import dev.vpaysandbox.order.order.OrderStatus;
import dev.vpaysandbox.order.order.Orders;
import dev.vpaysandbox.order.platform.XpayClient;
import dev.vpaysandbox.order.platform.XpayClient.QueryOrderResult;
import dev.vpaysandbox.order.system.PlatformUnavailableException;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * When the platform is down, a sweep asks about one order, logs one line and stops; the
 * orders it did not reach stay due for the next sweep.
 */
class ReconcilerTests {

	private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");

	private final MutableClock clock = MutableClock.at(NOW);

	private final Orders orders = mock(Orders.class);

	private final XpayClient xpay = mock(XpayClient.class);

	private final OrderReconciliation reconciliation = mock(OrderReconciliation.class);

	private final MerchantApps apps = TestMerchantApps.of(TestProperties.with(TestProperties.miniGame()));

	private final Reconciler reconciler = new Reconciler(this.orders, this.reconciliation, this.apps, this.xpay,
			this.clock, TestProperties.with(TestProperties.miniGame()));

	private final ListAppender<ILoggingEvent> log = new ListAppender<>();

	private final Logger logger = (Logger) LoggerFactory.getLogger(Reconciler.class);

	private final List<OrderSnapshot> due = IntStream.range(0, 50).mapToObj(ReconcilerTests::createdOrder).toList();

	/** Orders whose check this instance claimed: they are not due again in this test. */
	private final Set<Long> claimed = new HashSet<>();

	@BeforeEach
	void captureLog() {
		this.log.start();
		this.logger.addAppender(this.log);
		given(this.orders.due(any(), anyInt())).willAnswer((call) -> this.due.stream()
			.filter((order) -> !this.claimed.contains(order.id()))
			.limit(call.<Integer>getArgument(1))
			.toList());
		given(this.orders.claimCheck(any(), any()))
			.willAnswer((call) -> this.claimed.add(call.<OrderSnapshot>getArgument(0).id()));
	}

	@AfterEach
	void releaseLog() {
		this.logger.detachAppender(this.log);
	}

	@Test
	void stopsTheSweepAtTheFirstConnectionFailureAndLogsItOnce() {
		platformDown();

		int checked = this.reconciler.reconcileDue();

		assertThat(checked).isEqualTo(1);
		verify(this.xpay, times(1)).queryOrder(any(), any(), anyString(), anyString());
		assertThat(warnings()).singleElement()
			.satisfies((line) -> assertThat(line.getFormattedMessage()).contains("platform is unreachable"));
	}

	@Test
	void saysNothingMoreWhileThePlatformStaysDownAndSaysWhenItIsBack() {
		platformDown();
		this.reconciler.reconcileDue();
		this.clock.advance(Duration.ofSeconds(30));
		this.reconciler.reconcileDue();
		assertThat(warnings()).hasSize(1);

		willReturn(new QueryOrderResult.Unknown()).given(this.xpay).queryOrder(any(), any(), anyString(), anyString());
		this.claimed.clear();
		this.reconciler.reconcileDue();

		assertThat(this.log.list).filteredOn((line) -> line.getLevel() == Level.INFO)
			.singleElement()
			.satisfies((line) -> assertThat(line.getFormattedMessage()).contains("answers again"));
		verify(this.reconciliation, times(50)).created(any(MerchantApp.class), any(), any());
	}

	@Test
	void goesOnPastAnOrderThePlatformRefuses() {
		willThrow(new IllegalStateException("errcode 268490003")).given(this.xpay)
			.queryOrder(any(), any(), anyString(), anyString());

		assertThat(this.reconciler.reconcileDue()).isEqualTo(50);
		assertThat(warnings()).hasSize(50);
	}

	private void platformDown() {
		willThrow(new PlatformUnavailableException(
				"cannot reach the platform at http://localhost:8081 (ConnectException)"))
			.given(this.xpay)
			.queryOrder(any(), any(), anyString(), anyString());
	}

	private List<ILoggingEvent> warnings() {
		return this.log.list.stream().filter((line) -> line.getLevel() == Level.WARN).toList();
	}

	private static OrderSnapshot createdOrder(int i) {
		return new OrderSnapshot(i, "VPTEST" + String.format("%012d", i), "demo-minigame", "o-user", Env.PRODUCTION,
				"sword", 1, 199, 199, "USD", OrderStatus.CREATED, NOW.minusSeconds(600), NOW.plusSeconds(300), null,
				null, null, null, false, 0, NOW);
	}

}
