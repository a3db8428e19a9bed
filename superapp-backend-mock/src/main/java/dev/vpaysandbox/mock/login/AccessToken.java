package dev.vpaysandbox.mock.login;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/** An access_token of an app's backend, stored by the SHA-256 of its text. */
@Entity
@Table(name = "access_token")
class AccessToken implements Persistable<String> {

	@Id
	@Column(name = "token_hash")
	private String tokenHash;

	@Column(name = "app_id")
	private String appId;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "expires_at")
	private Instant expiresAt;

	@Transient
	private boolean isNew;

	protected AccessToken() {
	}

	AccessToken(String tokenHash, String appId, Instant now, Instant expiresAt) {
		this.tokenHash = tokenHash;
		this.appId = appId;
		this.createdAt = now;
		this.expiresAt = expiresAt;
		this.isNew = true;
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

	@Override
	public boolean isNew() {
		return this.isNew;
	}

	@PostLoad
	@PostPersist
	void markNotNew() {
		this.isNew = false;
	}

}
