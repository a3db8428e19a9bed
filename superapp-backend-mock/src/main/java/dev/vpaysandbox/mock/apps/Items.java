package dev.vpaysandbox.mock.apps;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import dev.vpaysandbox.mock.system.ReferenceData;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The items each app sells. */
@Service
public class Items {

	private final ItemRepository items;

	private final AppRepository apps;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ReferenceData referenceData;

	private final ReferenceData.Cache<ItemKey, Item> cached;

	Items(ItemRepository items, AppRepository apps, TransactionTemplate transaction, Clock clock,
			ReferenceData referenceData) {
		this.items = items;
		this.apps = apps;
		this.transaction = transaction;
		this.clock = clock;
		this.referenceData = referenceData;
		this.cached = referenceData.cache();
	}

	/** Registers an item; the unique (appId, productId) refuses a duplicate. */
	public Addition add(String appId, NewItem item) {
		if (!this.apps.existsById(appId)) {
			return new Addition.UnknownApp(appId);
		}
		try {
			return this.transaction.execute((status) -> {
				this.referenceData.changed();
				return new Addition.Added(this.items.saveAndFlush(new Item(appId, item, this.clock.instant())));
			});
		}
		catch (DataIntegrityViolationException ex) {
			return new Addition.AlreadyExists(item.productId());
		}
	}

	/** The item, from memory while it is unchanged ({@link ReferenceData}). */
	public Optional<Item> find(String appId, String productId) {
		return this.cached.get(new ItemKey(appId, productId),
				() -> this.items.findByAppIdAndProductId(appId, productId));
	}

	@Transactional(readOnly = true)
	public List<Item> list(String appId) {
		return this.items.findByAppIdOrderByProductIdAsc(appId);
	}

	/** Changes an item, or answers empty if there is none. */
	@Transactional
	public Optional<Item> change(String appId, String productId, ItemChange change) {
		this.referenceData.changed();
		return this.items.findByAppIdAndProductId(appId, productId).map((item) -> {
			item.change(change, this.clock.instant());
			return item;
		});
	}

	private record ItemKey(String appId, String productId) {
	}

	/** The outcome of registering an item. */
	public sealed interface Addition {

		/**
		 * The item is registered.
		 *
		 * @param item the item
		 */
		record Added(Item item) implements Addition {
		}

		/**
		 * The app already sells this productId; nothing changed.
		 *
		 * @param productId the product id
		 */
		record AlreadyExists(String productId) implements Addition {
		}

		/**
		 * There is no such app.
		 *
		 * @param appId the app id
		 */
		record UnknownApp(String appId) implements Addition {
		}

	}

}
