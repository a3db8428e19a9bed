package dev.vpaysandbox.mock.apps;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.vpaysandbox.mock.system.AssignedIdEntity;

/**
 * A registered mini game or mini program: its secret, type, offerId, enabled currencies
 * and notify URL. Its appKeys live beside it, per env and version.
 */
@Entity
@Table(name = "app")
public class App extends AssignedIdEntity<App, String> {

	@Id
	@Column(name = "app_id")
	private String appId;

	@Column(name = "app_secret")
	private String appSecret;

	@Enumerated(EnumType.STRING)
	@Column(name = "app_type")
	private AppType type;

	@Column(name = "offer_id")
	private String offerId;

	@Convert(converter = CurrencyListConverter.class)
	private List<String> currencies;

	@Column(name = "notify_url")
	private String notifyUrl;

	@Column(name = "payment_enabled")
	private boolean paymentEnabled;

	@Column(name = "created_at")
	private Instant createdAt;

	protected App() {
	}

	App(NewApp app, Instant now) {
		this.appId = app.appId();
		this.appSecret = app.appSecret();
		this.type = app.type();
		this.offerId = app.offerId();
		this.currencies = List.copyOf(app.currencies());
		this.notifyUrl = app.notifyUrl();
		this.paymentEnabled = true;
		this.createdAt = now;
	}

	/** Whether a presented appSecret is this app's, compared in constant time. */
	public boolean secretMatches(String presented) {
		return presented != null && MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
				this.appSecret.getBytes(StandardCharsets.UTF_8));
	}

	/** Whether the super app accepts this currency for this app. */
	public boolean accepts(String currency) {
		return this.currencies.contains(currency);
	}

	void change(AppChange change) {
		if (change.notifyUrl() != null) {
			this.notifyUrl = change.notifyUrl();
		}
		if (change.paymentEnabled() != null) {
			this.paymentEnabled = change.paymentEnabled();
		}
		if (change.currencies() != null) {
			this.currencies = List.copyOf(change.currencies());
		}
	}

	public String appId() {
		return this.appId;
	}

	public AppType type() {
		return this.type;
	}

	/** The offerId, or {@code null} for an app without one. */
	public String offerId() {
		return this.offerId;
	}

	public List<String> currencies() {
		return this.currencies;
	}

	public String notifyUrl() {
		return this.notifyUrl;
	}

	public boolean paymentEnabled() {
		return this.paymentEnabled;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	@Override
	public String getId() {
		return this.appId;
	}

	@Override
	public String toString() {
		return "App[" + this.appId + ", " + this.type.wireName() + "]";
	}

}
