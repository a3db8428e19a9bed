package dev.vpaysandbox.mock.login;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.vpaysandbox.mock.system.AssignedIdEntity;

/** A single-use login code, as {@code wx.login} hands it to the front end. */
@Entity
@Table(name = "login_code")
class LoginCode extends AssignedIdEntity<LoginCode, String> {

	@Id
	private String code;

	@Column(name = "app_id")
	private String appId;

	@Column(name = "user_id")
	private String userId;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "used_at")
	private Instant usedAt;

	protected LoginCode() {
	}

	LoginCode(String code, String appId, String userId, Instant now) {
		this.code = code;
		this.appId = appId;
		this.userId = userId;
		this.createdAt = now;
	}

	String userId() {
		return this.userId;
	}

	@Override
	public String getId() {
		return this.code;
	}

}
