package dev.vpaysandbox.client;

import java.net.URI;

/**
 * A typed client of one running vpay-sandbox (superapp-backend-mock): its control API and
 * the protocol calls a test plays (the host app's {@code wx.login} and JS payment APIs,
 * the cashier, the key exchange, OpenServer). All it needs is the sandbox's base URL and
 * admin token, so a JUnit extension or a container can hand it out:
 *
 * <pre>{@code
 * VpaySandbox sandbox = VpaySandbox.connect("http://localhost:8081", "sandbox-admin-token");
 * String code = sandbox.users().loginCode("demo-minigame", "alice");
 * JsApiResult paid = sandbox.pay("demo-minigame", "alice", signData, paySig, signature);
 * sandbox.clock().advance(Duration.ofHours(25));
 * }</pre>
 *
 * Errors are typed: a problem detail of the control API is a
 * {@link SandboxProblemException}, an OpenServer errcode a
 * {@link ProtocolErrorException}. Thread-safe; one instance per sandbox is enough.
 */
public final class VpaySandbox {

	/** The admin token of a sandbox that was not told another. */
	public static final String DEFAULT_ADMIN_TOKEN = "sandbox-admin-token";

	private final SandboxHttp http;

	private final Apps apps;

	private final Items items;

	private final Keys keys;

	private final Users users;

	private final Payments payments;

	private final Cashier cashier;

	private final Notifications notifications;

	private final Scenarios scenarios;

	private final Journal journal;

	private final TestClock clock;

	private final OpenServer openServer;

	private final JsApi jsApi;

	VpaySandbox(SandboxHttp http) {
		this.http = http;
		this.apps = new Apps(http);
		this.items = new Items(http);
		this.keys = new Keys(http);
		this.users = new Users(http);
		this.payments = new Payments(http);
		this.cashier = new Cashier(http);
		this.notifications = new Notifications(http);
		this.scenarios = new Scenarios(http);
		this.journal = new Journal(http);
		this.clock = new TestClock(http);
		this.openServer = new OpenServer(http);
		this.jsApi = new JsApi(http, this.apps);
	}

	/** A client of the sandbox at {@code baseUrl}, e.g. {@code http://localhost:8081}. */
	public static VpaySandbox connect(String baseUrl, String adminToken) {
		return builder().baseUrl(URI.create(baseUrl)).adminToken(adminToken).build();
	}

	/** A client of the sandbox at {@code baseUrl}. */
	public static VpaySandbox connect(URI baseUrl, String adminToken) {
		return builder().baseUrl(baseUrl).adminToken(adminToken).build();
	}

	/** A builder, for another HTTP client or timeout. */
	public static VpaySandboxBuilder builder() {
		return new VpaySandboxBuilder();
	}

	/** The sandbox's base URL, without a trailing slash. */
	public URI baseUrl() {
		return this.http.baseUrl();
	}

	/** Apps: register (with fixed keys if wanted), find, list, change. */
	public Apps apps() {
		return this.apps;
	}

	/** An app's items. */
	public Items items() {
		return this.items;
	}

	/** Key exchange and rotation. */
	public Keys keys() {
		return this.keys;
	}

	/** Login codes ({@code wx.login}) and the users who logged in. */
	public Users users() {
		return this.users;
	}

	/** Payments, and the recent pre-order checks. */
	public Payments payments() {
		return this.payments;
	}

	/** The cashier of a waiting payment: pay, cancel, fail. */
	public Cashier cashier() {
		return this.cashier;
	}

	/** Delivery notifications: search, await a state, redeliver. */
	public Notifications notifications() {
		return this.notifications;
	}

	/** Chaos scenarios of apps and items. */
	public Scenarios scenarios() {
		return this.scenarios;
	}

	/** The request journal of the protocol endpoints. */
	public Journal journal() {
		return this.journal;
	}

	/** The test clock. */
	public TestClock clock() {
		return this.clock;
	}

	/** OpenServer's code2session and access_token, for tests that play a merchant. */
	public OpenServer openServer() {
		return this.openServer;
	}

	/**
	 * The front end's payment call for a user: the JS API of the app's type
	 * ({@code wx.requestMidasPaymentGameItem} for a mini game,
	 * {@code wx.requestVirtualPayment} with {@code mode short_series_goods} for a mini
	 * program) with signData, paySig and signature exactly as the merchant signed them.
	 * The sandbox user pays at once.
	 */
	public JsApiResult pay(String appId, String userId, String signData, String paySig, String signature) {
		return this.jsApi.pay(appId, userId, signData, paySig, signature);
	}

	/**
	 * A JS payment API call as given (any method, mode, cashier and scenario), and what
	 * it answered; a refusal is a failed result, not an exception.
	 * @throws SandboxProblemException if the answer is not the JS API's
	 */
	public JsApiResult pay(PaymentRequest request) {
		return this.jsApi.pay(request);
	}

	/**
	 * Empties the sandbox and seeds it again from its configuration, as a fresh start
	 * would: apps, keys (fixed ones come back), logins, payments, notifications,
	 * scenarios, the journal; the test clock goes back to the system's time.
	 */
	public void reset() {
		this.http.admin("POST", "/sandbox/reset", null);
		this.jsApi.forgetApps();
	}

	@Override
	public String toString() {
		return "VpaySandbox[" + baseUrl() + "]";
	}

}
