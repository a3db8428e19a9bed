package dev.vpaysandbox.mock.login;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.vpaysandbox.mock.system.AssignedIdEntity;

/** An access_token of an app's backend, stored by the SHA-256 of its text. */
@Entity
@Table(name = "access_token")
class AccessToken extends AssignedIdEntity<AccessToken, String> {

	@Id
	@Column(name = "token_hash")
	private String tokenHash;

	@Column(name = "app_id")
	private String appId;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "expires_at")
	private Instant expiresAt;

	protected AccessToken() {
	}

	AccessToken(String tokenHash, String appId, Instant now, Instant expiresAt) {
		this.tokenHash = tokenHash;
		this.appId = appId;
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	String appId() {
		return this.appId;
	}

	boolean expiredAt(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

	@Override
	public String getId() {
		return this.tokenHash;
	}

}
