package dev.vpaysandbox.order;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.vpaysandbox.signing.keys.KeyRing;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.PayMethod;
import dev.vpaysandbox.signing.signature.Sha256;
import dev.vpaysandbox.signing.signature.Verifier;

/**
 * A small stand-in for superapp-backend-mock, over real HTTP: the two seeded demo apps
 * with random appKeys, login codes, code2session, access tokens, the key exchange and the
 * two xpay APIs, which verify pay_sig with signing-core as the real platform does. Tests
 * set the platform's view of payments and read what it received.
 * <p>
 * Longer than the ~250 lines a file should keep to, for a reason: it is the fake's state
 * (apps, keys, codes, sessions, tokens, payments) and the one API tests use to set and
 * read it; the HTTP side is {@link FakePlatformHandlers} already.
 */
public final class FakePlatform {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static FakePlatform shared;

	final JsonMapper json = JsonMapper.builder().build();

	/** The platform's time: the system's, or the test clock of the context under test. */
	final FollowedClock clock = new FollowedClock();

	final KeyRing keys = new KeyRing(this.clock);

	final Map<String, FakeApp> apps = new HashMap<>();

	final Map<String, String[]> codes = new ConcurrentHashMap<>();

	final Map<String, Secret> sessionKeys = new ConcurrentHashMap<>();

	final Map<String, String> tokens = new ConcurrentHashMap<>();

	final Map<String, FakePayment> payments = new ConcurrentHashMap<>();

	final List<Received> received = new CopyOnWriteArrayList<>();

	volatile boolean keyExchangeOpen = true;

	/** How long code2session waits before answering the n-th session issued, or none. */
	volatile IntFunction<Duration> loginAnswerDelay;

	final AtomicInteger sessionsIssued = new AtomicInteger();

	private final HttpServer server;

	private FakePlatform() throws IOException {
		addApp("demo-minigame", "demo-minigame-secret", PayMethod.REQUEST_MIDAS_PAYMENT_GAME_ITEM);
		addApp("demo-miniprogram", "demo-miniprogram-secret", PayMethod.REQUEST_VIRTUAL_PAYMENT);
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.setExecutor(Executors.newFixedThreadPool(8));
		FakePlatformHandlers handlers = new FakePlatformHandlers(this);
		this.server.createContext("/", handlers::handle);
		this.server.start();
	}

	/** A new platform on a free port. */
	public static FakePlatform start() {
		try {
			return new FakePlatform();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The platform shared by the integration tests' Spring contexts. */
	public static synchronized FakePlatform shared() {
		if (shared == null) {
			shared = start();
		}
		return shared;
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	public void stop() {
		this.server.stop(0);
	}

	/** The host app's half of wx.login: a single-use code for a user. */
	public String login(String appId, String userId) {
		String code = "code-" + randomText(12);
		this.codes.put(code, new String[] { appId, userId });
		return code;
	}

	/** The user's stable openid in an app. */
	public String openid(String appId, String userId) {
		byte[] digest = Sha256.digest(appId + "/" + userId);
		return "o" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27);
	}

	/** The session_key the platform holds now for a user (that of their last login). */
	public Secret sessionKey(String appId, String userId) {
		return this.sessionKeys.get(appId + "/" + openid(appId, userId));
	}

	public Secret currentKey(String appId, Env env) {
		return this.keys.find(appId, env).orElseThrow().current().secret();
	}

	/** Rotates an appKey; the old one stays valid here for a day. */
	public Secret rotateKey(String appId, Env env) {
		return rotateKey(appId, env, Duration.ofDays(1));
	}

	/**
	 * Rotates an appKey; the old one stays valid here for {@code grace} (zero: an
	 * emergency revocation).
	 */
	public Secret rotateKey(String appId, Env env, Duration grace) {
		return this.keys.rotate(appId, env, Secret.of("key-" + randomText(24)), grace).current().secret();
	}

	/** A verifier with the platform's keys, as the real platform checks paySig. */
	public Verifier verifier() {
		return new Verifier(this.keys, this.clock);
	}

	/**
	 * Measures the platform's time (grace windows) with this clock, e.g. the test clock
	 * of the order-service under test.
	 */
	public void followClock(Clock clock) {
		this.clock.target = clock;
	}

	/**
	 * Delays code2session's answers: the n-th session issued from now on (from 0) is
	 * answered after {@code delay.apply(n)}, as a slow network might; {@code null}
	 * answers at once again.
	 */
	public void delayLoginAnswers(IntFunction<Duration> delay) {
		this.sessionsIssued.set(0);
		this.loginAnswerDelay = delay;
	}

	public void openKeyExchange(boolean open) {
		this.keyExchangeOpen = open;
	}

	/** Makes every issued access_token invalid (the platform answers 40001). */
	public void revokeAccessTokens() {
		this.tokens.clear();
	}

	/** Records that the user paid for an order (query_order status 2). */
	public void pay(String outTradeNo, long amount) {
		this.payments.put(outTradeNo, new FakePayment(FakePayment.PAID, amount, 0));
	}

	/** Records the user has not paid yet (query_order status 1). */
	public void pending(String outTradeNo, long amount) {
		this.payments.put(outTradeNo, new FakePayment(FakePayment.PENDING, amount, 0));
	}

	/** Records a refund of part or all of a paid order. */
	public void refund(String outTradeNo, long refundFee) {
		this.payments.computeIfPresent(outTradeNo, (no, payment) -> payment.refunded(refundFee));
	}

	/** The platform's status of a payment, or 0 if it has none. */
	public int paymentStatus(String outTradeNo) {
		FakePayment payment = this.payments.get(outTradeNo);
		return (payment != null) ? payment.status() : 0;
	}

	/** The requests received on a path. */
	public List<Received> received(String path) {
		return this.received.stream().filter((request) -> request.path().equals(path)).toList();
	}

	/** The requests received on a path whose body names an order_id. */
	public List<Received> received(String path, String outTradeNo) {
		return received(path).stream()
			.filter((request) -> outTradeNo.equals(readTree(request.body()).path("order_id").asString("")))
			.toList();
	}

	/** A delivery notification for an order of an app, signed with the current key. */
	public FakeNotification notification(String appId, String outTradeNo) {
		return new FakeNotification(this, appId, this.apps.get(appId).method(), outTradeNo);
	}

	JsonNode readTree(String text) {
		return this.json.readTree(text);
	}

	static Map<String, String> query(HttpExchange exchange) {
		Map<String, String> query = new HashMap<>();
		String raw = exchange.getRequestURI().getRawQuery();
		if (raw != null) {
			for (String pair : raw.split("&")) {
				int equals = pair.indexOf('=');
				if (equals > 0) {
					query.put(pair.substring(0, equals),
							URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
				}
			}
		}
		return query;
	}

	static String body(InputStream in) throws IOException {
		return new String(in.readAllBytes(), StandardCharsets.UTF_8);
	}

	static String randomText(int length) {
		byte[] bytes = new byte[length];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).substring(0, length);
	}

	static Secret newSessionKey() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return Secret.of(Base64.getEncoder().encodeToString(bytes));
	}

	private void addApp(String appId, String secret, PayMethod method) {
		this.apps.put(appId, new FakeApp(secret, method));
		for (Env env : Env.values()) {
			this.keys.register(appId, env, Secret.of("key-" + randomText(24)));
		}
	}

	record FakeApp(String secret, PayMethod method) {
	}

	/** A clock that reads whichever clock it was last told to follow. */
	static final class FollowedClock extends Clock {

		private volatile Clock target = Clock.systemUTC();

		@Override
		public ZoneId getZone() {
			return this.target.getZone();
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this.target.withZone(zone);
		}

		@Override
		public Instant instant() {
			return this.target.instant();
		}

	}

	/**
	 * One request the platform received.
	 *
	 * @param path the path
	 * @param query the decoded query parameters
	 * @param body the body text
	 */
	public record Received(String path, Map<String, String> query, String body) {
	}

}
