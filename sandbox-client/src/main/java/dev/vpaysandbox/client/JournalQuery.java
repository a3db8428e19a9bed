package dev.vpaysandbox.client;

/**
 * Which journal entries to list, newest first: every given filter must match
 * ({@code null} matches all).
 *
 * @param appId the app
 * @param pathPrefix the start of the path, e.g. {@code /xpay/}
 * @param outTradeNo the outTradeNo
 * @param afterId only entries newer than this id (to follow the journal)
 * @param limit at most this many (1-1000)
 */
public record JournalQuery(String appId, String pathPrefix, String outTradeNo, Long afterId, int limit) {

	/** The newest 50 entries. */
	public static JournalQuery newest() {
		return new JournalQuery(null, null, null, null, 50);
	}

	/** Only entries of an app. */
	public JournalQuery app(String appId) {
		return new JournalQuery(appId, this.pathPrefix, this.outTradeNo, this.afterId, this.limit);
	}

	/** Only entries whose path starts so. */
	public JournalQuery path(String pathPrefix) {
		return new JournalQuery(this.appId, pathPrefix, this.outTradeNo, this.afterId, this.limit);
	}

	/** Only entries of an outTradeNo. */
	public JournalQuery outTradeNo(String outTradeNo) {
		return new JournalQuery(this.appId, this.pathPrefix, outTradeNo, this.afterId, this.limit);
	}

	/** Only entries newer than this id. */
	public JournalQuery after(long id) {
		return new JournalQuery(this.appId, this.pathPrefix, this.outTradeNo, id, this.limit);
	}

	/** At most this many. */
	public JournalQuery limit(int limit) {
		return new JournalQuery(this.appId, this.pathPrefix, this.outTradeNo, this.afterId, limit);
	}

	String queryString() {
		return Queries.of("appId", this.appId, "path", this.pathPrefix, "outTradeNo", this.outTradeNo, "afterId",
				(this.afterId != null) ? this.afterId.toString() : null, "limit", Integer.toString(this.limit));
	}

}
