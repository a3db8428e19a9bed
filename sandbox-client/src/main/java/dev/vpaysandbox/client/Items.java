package dev.vpaysandbox.client;

import java.util.List;

import tools.jackson.core.type.TypeReference;

/**
 * The control API's items of an app: register, inspect, change, publish and unpublish.
 */
public final class Items {

	private static final TypeReference<List<Item>> LIST = new TypeReference<>() {
	};

	private final SandboxHttp http;

	Items(SandboxHttp http) {
		this.http = http;
	}

	/**
	 * Registers an item.
	 * @throws SandboxProblemException 404 for an unknown app, 409 if the item exists, 400
	 * for invalid fields or a currency the app does not enable
	 */
	public Item add(String appId, NewItem item) {
		return SandboxHttp.read(this.http.admin("POST", path(appId), item.body()), Item.class);
	}

	/**
	 * An item.
	 * @throws SandboxProblemException 404 if the app has no such item
	 */
	public Item get(String appId, String productId) {
		return SandboxHttp.read(this.http.admin("GET", path(appId, productId), null), Item.class);
	}

	/** An app's items, published or not. */
	public List<Item> list(String appId) {
		return SandboxHttp.read(this.http.admin("GET", path(appId), null), LIST);
	}

	/** Changes an item on the platform. */
	public Item change(String appId, String productId, ItemChange change) {
		return SandboxHttp.read(this.http.admin("PATCH", path(appId, productId), change.body()), Item.class);
	}

	/** Publishes an item: the pre-order check accepts it. */
	public Item publish(String appId, String productId) {
		return SandboxHttp.read(this.http.admin("POST", path(appId, productId) + "/publish", null), Item.class);
	}

	/** Withdraws an item from sale: the pre-order check answers -15010. */
	public Item unpublish(String appId, String productId) {
		return SandboxHttp.read(this.http.admin("POST", path(appId, productId) + "/unpublish", null), Item.class);
	}

	private static String path(String appId) {
		return "/sandbox/apps/" + SandboxHttp.segment(appId) + "/items";
	}

	private static String path(String appId, String productId) {
		return path(appId) + "/" + SandboxHttp.segment(productId);
	}

}
