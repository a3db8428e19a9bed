package dev.vpaysandbox.client;

import java.util.List;

import tools.jackson.core.type.TypeReference;

/**
 * The request journal: the newest requests to the protocol endpoints (OpenServer, /xpay,
 * the JS APIs, the key exchange) and their answers, secrets masked, kept in memory.
 */
public final class Journal {

	private static final TypeReference<List<JournalEntry>> LIST = new TypeReference<>() {
	};

	private final SandboxHttp http;

	Journal(SandboxHttp http) {
		this.http = http;
	}

	/** The newest entries matching the query. */
	public List<JournalEntry> search(JournalQuery query) {
		return SandboxHttp.read(this.http.admin("GET", "/sandbox/journal" + query.queryString(), null), LIST);
	}

}
