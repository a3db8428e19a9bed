package dev.vpaysandbox.order.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import dev.vpaysandbox.order.OrderServiceIntegrationTest;
import dev.vpaysandbox.order.TestApi;
import dev.vpaysandbox.order.inventory.Holding;
import dev.vpaysandbox.order.inventory.InventoryLedger;
import dev.vpaysandbox.order.order.OrderSnapshot;
import dev.vpaysandbox.order.order.OrderStatus;
import dev.vpaysandbox.order.order.Orders;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform delivers at least once and in no guaranteed order: 200 copies of one
 * notification arriving together must deliver once and all be answered with success.
 */
class ConcurrentNotificationIntegrationTests extends OrderServiceIntegrationTest {

	private static final int COPIES = 200;

	@Autowired
	Orders orders;

	@Autowired
	InventoryLedger inventory;

	@Autowired
	NotificationRecordRepository journal;

	@Test
	void deliversOnceForTwoHundredConcurrentDuplicates() throws Exception {
		TestApi.User user = this.api.login("demo-minigame", newUserId());
		String outTradeNo = this.api.order(user, "gem-pack", 3).path("outTradeNo").asString();
		String body = platform.notification("demo-minigame", outTradeNo)
			.paid(user.openid(), "gem-pack", 3, 2997)
			.body();

		List<TestApi.Response> responses = sendTogether(body);

		assertThat(responses).allSatisfy((response) -> {
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.json().path("returnCode").asString()).isEqualTo("0");
		});
		OrderSnapshot order = this.orders.findByOutTradeNo(outTradeNo).orElseThrow();
		assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
		assertThat(this.inventory.holdings("demo-minigame", user.openid())).containsExactly(new Holding("gem-pack", 3));
		List<String> outcomes = this.journal.findByOutTradeNoOrderById(outTradeNo)
			.stream()
			.map(NotificationRecord::outcome)
			.toList();
		assertThat(outcomes).hasSize(COPIES);
		assertThat(outcomes.stream().filter("DELIVERED"::equals)).hasSize(1);
		assertThat(outcomes.stream().filter("DUPLICATE"::equals)).hasSize(COPIES - 1);
	}

	private List<TestApi.Response> sendTogether(String body) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(COPIES);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<TestApi.Response>> futures = new ArrayList<>();
			for (int i = 0; i < COPIES; i++) {
				futures.add(threads.submit(() -> {
					start.await();
					return this.api.notify(body);
				}));
			}
			start.countDown();
			List<TestApi.Response> responses = new ArrayList<>();
			for (Future<TestApi.Response> future : futures) {
				responses.add(future.get());
			}
			return responses;
		}
		finally {
			threads.shutdownNow();
		}
	}

}
