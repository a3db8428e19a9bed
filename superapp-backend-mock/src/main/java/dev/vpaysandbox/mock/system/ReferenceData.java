package dev.vpaysandbox.mock.system;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the reference data every payment reads (apps, appKeys, items, chaos scenarios) in
 * memory, so the pre-order check and each notification claim do not query it again and
 * again. Every change of it on this instance calls {@link #changed()}; once the change
 * commits, everything cached before it is stale and loaded afresh. Instances sharing one
 * database see each other's changes within {@code vpay.mock.reference-cache-ttl} (1 s).
 * <p>
 * A generation number, not an eviction, marks what is stale: a load that read the
 * database before a change committed carries the older generation and is never served
 * after the change, even if it finished after it. Each cache is a Caffeine cache that
 * loads one key once however many requests miss it at the same moment.
 */
@Component
public class ReferenceData {

	private final AtomicLong generation = new AtomicLong();

	private final Duration ttl;

	@Autowired
	ReferenceData(MockProperties properties) {
		this(properties.referenceCacheTtl());
	}

	ReferenceData(Duration ttl) {
		this.ttl = ttl;
	}

	/** A new cache of reference data keyed by {@code K}. */
	public <K, V> Cache<K, V> cache() {
		return new Cache<>(this);
	}

	/**
	 * Marks everything cached so far stale, when the current transaction (if any) ends;
	 * called by every change of apps, appKeys, items and scenarios. Until it ends, the
	 * transaction reads around the caches, so it sees its own change, never what another
	 * thread loaded from the state before it.
	 */
	public void changed() {
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& !TransactionSynchronizationManager.hasResource(this)) {
			TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(ReferenceData.this);
					ReferenceData.this.generation.incrementAndGet();
				}
			});
		}
		this.generation.incrementAndGet();
	}

	/** Whether this thread's transaction has changed reference data and not ended yet. */
	private boolean changingNow() {
		return TransactionSynchronizationManager.hasResource(this);
	}

	/**
	 * One kind of reference data: values found are kept, absent ones are looked up each
	 * time (an unknown appId is no reason to remember anything).
	 *
	 * @param <K> the key
	 * @param <V> the value
	 */
	public static final class Cache<K, V> {

		private final ReferenceData owner;

		private final com.github.benmanes.caffeine.cache.Cache<K, Entry<V>> entries;

		private Cache(ReferenceData owner) {
			this.owner = owner;
			this.entries = Caffeine.newBuilder().expireAfterWrite(owner.ttl).build();
		}

		/**
		 * The cached value of {@code key}, or what {@code load} finds now; concurrent
		 * misses of one key wait for one load.
		 */
		public Optional<V> get(K key, Supplier<Optional<V>> load) {
			if (this.owner.changingNow()) {
				return load.get();
			}
			long generation = this.owner.generation.get();
			Entry<V> entry = this.entries.getIfPresent(key);
			if (entry == null || entry.generation() != generation) {
				entry = this.entries.asMap()
					.compute(key, (k, cached) -> (cached != null && cached.generation() == generation) ? cached
							: load.get().map((value) -> new Entry<>(value, generation)).orElse(null));
			}
			return Optional.ofNullable(entry).map(Entry::value);
		}

	}

	private record Entry<V>(V value, long generation) {
	}

}
