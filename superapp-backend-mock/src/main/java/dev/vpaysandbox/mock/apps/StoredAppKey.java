package dev.vpaysandbox.mock.apps;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.vpaysandbox.signing.keys.AppKey;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;

/** One version of an app's appKey for one env, as stored. */
@Entity
@Table(name = "app_key")
class StoredAppKey {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "app_id")
	private String appId;

	private Env env;

	private int version;

	private String secret;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "accepted_until")
	private Instant acceptedUntil;

	protected StoredAppKey() {
	}

	StoredAppKey(String appId, Env env, int version, String secret, Instant now) {
		this.appId = appId;
		this.env = env;
		this.version = version;
		this.secret = secret;
		this.createdAt = now;
	}

	AppKey toAppKey() {
		return new AppKey(this.env, this.version, Secret.of(this.secret));
	}

	/** Ends this key's acceptance at {@code until} unless it ends earlier already. */
	void acceptUntil(Instant until) {
		if (this.acceptedUntil == null || this.acceptedUntil.isAfter(until)) {
			this.acceptedUntil = until;
		}
	}

	int version() {
		return this.version;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant acceptedUntil() {
		return this.acceptedUntil;
	}

}
