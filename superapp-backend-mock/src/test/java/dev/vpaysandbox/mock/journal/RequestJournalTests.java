package dev.vpaysandbox.mock.journal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import org.junit.jupiter.api.Test;

import dev.vpaysandbox.mock.system.MockProperties;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class RequestJournalTests {

	@Test
	void keepsTheNewestEntriesUpToItsSizeNewestFirst() {
		RequestJournal journal = new RequestJournal(properties(3));
		for (int i = 1; i <= 5; i++) {
			journal.record(entry("/xpay/query_order", "app", "T" + i));
		}
		List<JournalEntry> newest = journal.newest(new RequestJournal.Filter(null, null, null, null), 10);
		assertThat(newest).extracting(JournalEntry::outTradeNo).containsExactly("T5", "T4", "T3");
		assertThat(newest).extracting(JournalEntry::id).containsExactly(5L, 4L, 3L);
	}

	@Test
	void filtersByAppPathPrefixAndOutTradeNo() {
		RequestJournal journal = new RequestJournal(properties(10));
		journal.record(entry("/xpay/query_order", "a", "T1"));
		journal.record(entry("/sandbox/wx/requestVirtualPayment", "b", "T2"));
		journal.record(entry("/xpay/refund_order", "a", "T2"));

		assertThat(journal.newest(new RequestJournal.Filter("a", null, null, null), 10)).extracting(JournalEntry::path)
			.containsExactly("/xpay/refund_order", "/xpay/query_order");
		assertThat(journal.newest(new RequestJournal.Filter(null, "/sandbox/wx/", null, null), 10)).hasSize(1);
		assertThat(journal.newest(new RequestJournal.Filter("a", "/xpay/", "T2", null), 10))
			.extracting(JournalEntry::path)
			.containsExactly("/xpay/refund_order");
		assertThat(journal.newest(new RequestJournal.Filter(null, null, null, null), 2)).hasSize(2);
		assertThat(journal.newest(new RequestJournal.Filter(null, null, null, 1L), 10)).extracting(JournalEntry::id)
			.containsExactly(3L, 2L);
		journal.clear();
		assertThat(journal.newest(new RequestJournal.Filter(null, null, null, null), 10)).isEmpty();
	}

	private static LongFunction<JournalEntry> entry(String path, String appId, String outTradeNo) {
		return (id) -> new JournalEntry(id, Instant.EPOCH, "POST", path, null, null, appId, outTradeNo, 200, 1, null,
				null, null, false);
	}

	private static MockProperties properties(int size) {
		return new Binder(new MapConfigurationPropertySource(Map.of("vpay.mock.journal.size", size)))
			.bindOrCreate("vpay.mock", Bindable.of(MockProperties.class));
	}

}
