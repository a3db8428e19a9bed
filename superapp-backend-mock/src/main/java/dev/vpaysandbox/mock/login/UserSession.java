package dev.vpaysandbox.mock.login;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One login of a user in an app: the session_key code2session issued. The newest is the
 * user's current session; earlier ones only explain stale signatures.
 */
@Entity
@Table(name = "user_session")
class UserSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "app_id")
	private String appId;

	@Column(name = "user_id")
	private String userId;

	private String openid;

	private String unionid;

	@Column(name = "session_key")
	private String sessionKey;

	@Column(name = "login_code")
	private String loginCode;

	@Column(name = "created_at")
	private Instant createdAt;

	protected UserSession() {
	}

	UserSession(String appId, String userId, String sessionKey, String loginCode, Instant now) {
		this.appId = appId;
		this.userId = userId;
		this.openid = OpenIds.openid(appId, userId);
		this.unionid = OpenIds.unionid(userId);
		this.sessionKey = sessionKey;
		this.loginCode = loginCode;
		this.createdAt = now;
	}

	String userId() {
		return this.userId;
	}

	String openid() {
		return this.openid;
	}

	String unionid() {
		return this.unionid;
	}

	String sessionKey() {
		return this.sessionKey;
	}

	Instant createdAt() {
		return this.createdAt;
	}

}
