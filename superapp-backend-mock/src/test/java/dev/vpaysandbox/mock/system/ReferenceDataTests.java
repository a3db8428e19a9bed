package dev.vpaysandbox.mock.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceDataTests {

	private final AtomicInteger loads = new AtomicInteger();

	@AfterEach
	void clearSynchronization() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	@Test
	void aFoundValueIsLoadedOnceWhileNothingChanges() {
		ReferenceData.Cache<String, String> cache = new ReferenceData(Duration.ofMinutes(1)).cache();
		assertThat(cache.get("app", load("v1"))).contains("v1");
		assertThat(cache.get("app", load("v2"))).contains("v1");
		assertThat(this.loads).hasValue(1);
	}

	@Test
	void requestsMissingOneKeyAtTheSameMomentWaitForOneLoad() throws Exception {
		ReferenceData.Cache<String, String> cache = new ReferenceData(Duration.ofMinutes(1)).cache();
		CountDownLatch loading = new CountDownLatch(1);
		Supplier<Optional<String>> slowLoad = () -> {
			this.loads.incrementAndGet();
			try {
				loading.await(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return Optional.of("v1");
		};
		ExecutorService requests = Executors.newFixedThreadPool(6);
		try {
			List<Future<Optional<String>>> answers = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				answers.add(requests.submit(() -> cache.get("app", slowLoad)));
			}
			Thread.sleep(200);
			loading.countDown();
			for (Future<Optional<String>> answer : answers) {
				assertThat(answer.get(5, TimeUnit.SECONDS)).contains("v1");
			}
		}
		finally {
			requests.shutdownNow();
		}
		assertThat(this.loads).hasValue(1);
	}

	@Test
	void anAbsentValueIsLookedUpEveryTime() {
		ReferenceData.Cache<String, String> cache = new ReferenceData(Duration.ofMinutes(1)).cache();
		assertThat(cache.get("app", Optional::empty)).isEmpty();
		assertThat(cache.get("app", load("registered"))).contains("registered");
	}

	@Test
	void aChangeOutsideATransactionAppliesAtOnce() {
		ReferenceData data = new ReferenceData(Duration.ofMinutes(1));
		ReferenceData.Cache<String, String> cache = data.cache();
		cache.get("app", load("v1"));
		data.changed();
		assertThat(cache.get("app", load("v2"))).contains("v2");
	}

	@Test
	void whatWasLoadedWhileAChangeWasUncommittedIsNotServedAfterIt() {
		ReferenceData data = new ReferenceData(Duration.ofMinutes(1));
		ReferenceData.Cache<String, String> cache = data.cache();
		TransactionSynchronizationManager.initSynchronization();
		data.changed();
		// meanwhile another thread reads the row as committed before the change
		assertThat(cache.get("app", load("before commit"))).contains("before commit");
		TransactionSynchronizationManager.getSynchronizations()
			.forEach((synchronization) -> synchronization.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
		assertThat(cache.get("app", load("after commit"))).contains("after commit");
	}

	@Test
	void aTransactionThatChangedReferenceDataReadsItsOwnChangeNotAnotherThreadsLoad() throws Exception {
		ReferenceData data = new ReferenceData(Duration.ofMinutes(1));
		ReferenceData.Cache<String, String> cache = data.cache();
		TransactionSynchronizationManager.initSynchronization();
		data.changed();
		ExecutorService reader = Executors.newSingleThreadExecutor();
		try {
			// another request, outside this transaction, still reads the committed row
			assertThat(reader.submit(() -> cache.get("app", load("committed before"))).get(5, TimeUnit.SECONDS))
				.contains("committed before");
		}
		finally {
			reader.shutdownNow();
		}

		assertThat(cache.get("app", load("this transaction's own"))).contains("this transaction's own");
		TransactionSynchronizationManager.getSynchronizations()
			.forEach((synchronization) -> synchronization.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
		assertThat(cache.get("app", load("after commit"))).contains("after commit");
	}

	@Test
	void aValueOlderThanTheTtlIsLoadedAgainForChangesMadeByOtherInstances() {
		ReferenceData.Cache<String, String> cache = new ReferenceData(Duration.ZERO).cache();
		cache.get("app", load("v1"));
		assertThat(cache.get("app", load("v2"))).contains("v2");
		assertThat(this.loads).hasValue(2);
	}

	@Test
	void cachesOfOneReferenceDataAreMadeStaleTogether() {
		ReferenceData data = new ReferenceData(Duration.ofMinutes(1));
		ReferenceData.Cache<String, String> apps = data.cache();
		ReferenceData.Cache<String, String> items = data.cache();
		apps.get("app", load("app v1"));
		items.get("item", load("item v1"));
		data.changed();
		assertThat(apps.get("app", load("app v2"))).contains("app v2");
		assertThat(items.get("item", load("item v2"))).contains("item v2");
	}

	private Supplier<Optional<String>> load(String value) {
		return () -> {
			this.loads.incrementAndGet();
			return Optional.of(value);
		};
	}

}
