package dev.vpaysandbox.order.session;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One login: the hash of the opaque token handed to the front end, and the openid and
 * session_key code2session returned, which never leave the server.
 */
@Entity
@Table(name = "user_session")
class UserSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "token_hash", nullable = false, updatable = false)
	private String tokenHash;

	@Column(name = "app_id", nullable = false, updatable = false)
	private String appId;

	@Column(name = "openid", nullable = false, updatable = false)
	private String openid;

	@Column(name = "session_key", nullable = false, updatable = false)
	private String sessionKey;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false, updatable = false)
	private Instant expiresAt;

	protected UserSession() {
	}

	UserSession(String tokenHash, String appId, String openid, String sessionKey, Instant createdAt,
			Instant expiresAt) {
		this.tokenHash = tokenHash;
		this.appId = appId;
		this.openid = openid;
		this.sessionKey = sessionKey;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	String appId() {
		return this.appId;
	}

	String openid() {
		return this.openid;
	}

	String sessionKey() {
		return this.sessionKey;
	}

	Instant expiresAt() {
		return this.expiresAt;
	}

}
