package dev.vpaysandbox.client;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.PayMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The client against a scripted stand-in: what it sends, and how it reads answers. */
class VpaySandboxTests {

	private static final String JSON = "application/json";

	private static final String PROBLEM = "application/problem+json";

	StubSandbox stub;

	VpaySandbox sandbox;

	@BeforeEach
	void start() throws IOException {
		this.stub = StubSandbox.start();
		this.sandbox = VpaySandbox.connect(this.stub.url() + "/", "the-admin-token");
	}

	@AfterEach
	void stop() {
		this.stub.close();
	}

	@Test
	void sendsTheAdminTokenToTheControlApiOnlyAndEncodesPathSegments() {
		this.stub.answer("GET /sandbox/apps/a%20b%2Fc", 200, JSON,
				"{\"appId\":\"a b/c\",\"type\":\"mini-game\",\"currencies\":[\"USD\"],\"notifyUrl\":\"http://x/n\","
						+ "\"paymentEnabled\":true,\"createdAt\":\"2026-01-02T03:04:05Z\",\"addedLater\":{\"x\":1}}");
		this.stub.answer("POST /sandbox/wx/login", 200, JSON, "{\"code\":\"c0de\"}");

		App app = this.sandbox.apps().get("a b/c");
		String code = this.sandbox.users().loginCode("a b/c", "alice");

		assertThat(app.type()).isEqualTo(AppType.MINI_GAME);
		assertThat(app.modeBesideSignData()).isNull();
		assertThat(code).isEqualTo("c0de");
		assertThat(this.stub.received()).extracting(StubSandbox.Received::authorization)
			.containsExactly("Bearer the-admin-token", null);
		assertThat(this.stub.received().get(1).body()).isEqualTo("{\"appId\":\"a b/c\",\"userId\":\"alice\"}");
	}

	@Test
	void aProblemDetailBecomesAProblemExceptionWithItsMembers() {
		this.stub.answer("POST /sandbox/apps", 400, PROBLEM,
				"{\"type\":\"https://vpay-sandbox.dev/problems/invalid-request\",\"title\":\"Bad Request\","
						+ "\"status\":400,\"detail\":\"the request has invalid fields\",\"instance\":\"/sandbox/apps\","
						+ "\"errors\":[{\"field\":\"appId\",\"message\":\"must not be blank\"}]}");

		SandboxProblemException refused = catchThrowableOfType(SandboxProblemException.class,
				() -> this.sandbox.apps().create(NewApp.miniGame("", "secret-123", "http://x/n")));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.slug()).isEqualTo("invalid-request");
		assertThat(refused.problem().detail()).isEqualTo("the request has invalid fields");
		assertThat(refused.problem().properties()).containsKey("errors");
		assertThat(refused).hasMessageContaining("POST /sandbox/apps answered 400 invalid-request");
	}

	@Test
	void anAnswerThatIsNoProblemDetailStillBecomesAProblemException() {
		this.stub.answer("GET /sandbox/clock", 502, "text/html", "<html>bad gateway</html>");

		assertThatThrownBy(() -> this.sandbox.clock().now()).isInstanceOf(SandboxProblemException.class)
			.hasMessageContaining("502")
			.hasMessageContaining("bad gateway");
	}

	@Test
	void anOpenServerErrcodeBecomesAProtocolErrorException() {
		this.stub.answer(
				"GET /openserver/sns/jscode2session?appid=demo&secret=s3cret&js_code=old"
						+ "&grant_type=authorization_code",
				200, JSON, "{\"errcode\":40029,\"errmsg\":\"invalid code\"}");

		ProtocolErrorException refused = catchThrowableOfType(ProtocolErrorException.class,
				() -> this.sandbox.openServer().code2session("demo", "s3cret", "old"));

		assertThat(refused.errcode()).isEqualTo(40029);
		assertThat(refused.errmsg()).isEqualTo("invalid code");
		assertThat(refused.getMessage()).doesNotContain("s3cret");
	}

	@Test
	void aSandboxThatDoesNotAnswerIsUnreachable() {
		this.stub.close();

		assertThatThrownBy(() -> this.sandbox.payments().checks(null, 5))
			.isInstanceOf(SandboxUnreachableException.class)
			.hasMessageContaining("GET /sandbox/checks");
	}

	@Test
	void aRefusedPaymentCallIsAFailedResultWithItsDiagnosis() {
		this.stub.answer("POST /sandbox/wx/requestMidasPaymentGameItem", 401, JSON,
				"{\"errMsg\":\"requestMidasPaymentGameItem:fail paySig error\",\"errCode\":-15006,"
						+ "\"diagnosis\":{\"check\":\"paySig\",\"errCode\":-15006,\"message\":\"m\",\"signature\":"
						+ "{\"reason\":\"MISMATCH\",\"hints\":[{\"code\":\"WHITESPACE\",\"message\":\"w\"}]}}}");

		JsApiResult refused = this.sandbox
			.pay(PaymentRequest.of(PayMethod.REQUEST_MIDAS_PAYMENT_GAME_ITEM, "demo", "alice", "{}", "00", "11"));

		assertThat(refused.failed()).isTrue();
		assertThat(refused.httpStatus()).isEqualTo(401);
		assertThat(refused.errCode()).isEqualTo(-15006);
		assertThat(refused.failedCheck()).isEqualTo("paySig");
		assertThat(refused.signatureReason()).isEqualTo("MISMATCH");
		assertThat(refused.hints()).containsExactly("WHITESPACE");
		assertThat(refused.payment()).isEmpty();
	}

	@Test
	void payTakesTheJsApiAndModeFromTheAppsTypeAndSendsSignDataUnchanged() {
		this.stub.answer("GET /sandbox/apps/program", 200, JSON,
				"{\"appId\":\"program\",\"type\":\"mini-program\",\"offerId\":\"o\",\"currencies\":[\"USD\"]}");
		this.stub.answer("POST /sandbox/wx/requestVirtualPayment", 200, JSON,
				"{\"errMsg\":\"requestVirtualPayment:ok\",\"notes\":[{\"code\":\"UPPER_CASE_HEX\",\"message\":\"m\"}]}",
				"X-Sandbox-Payment-Id", "mp1");
		String signData = "{\"offerId\":\"o\", \"buyQuantity\":1}";

		JsApiResult paid = this.sandbox.pay("program", "alice", signData, "AB", "CD");
		this.sandbox.pay("program", "bob", signData, "AB", "CD");

		assertThat(paid.paid()).isTrue();
		assertThat(paid.errCode()).isZero();
		assertThat(paid.paymentId()).isEqualTo("mp1");
		assertThat(paid.noteCodes()).containsExactly("UPPER_CASE_HEX");
		assertThat(this.stub.received()).extracting(StubSandbox.Received::call)
			.as("the app's type is looked up once")
			.containsExactly("GET /sandbox/apps/program", "POST /sandbox/wx/requestVirtualPayment",
					"POST /sandbox/wx/requestVirtualPayment");
		assertThat(this.stub.received().get(1).body()).contains("\"signData\":\"{\\\"offerId\\\":\\\"o\\\", ")
			.contains("\"mode\":\"short_series_goods\"");
	}

	@Test
	void aCallLeftAtTheCashierIsPendingAndCarriesItsHeaders() {
		this.stub.answer("POST /sandbox/wx/requestMidasPaymentGameItem", 202, JSON,
				"{\"errMsg\":\"requestMidasPaymentGameItem:pending\",\"paymentId\":\"mp2\","
						+ "\"cashierUrl\":\"/sandbox/cashier/mp2\"}");

		JsApiResult pending = this.sandbox
			.pay(PaymentRequest.of(PayMethod.REQUEST_MIDAS_PAYMENT_GAME_ITEM, "demo", "alice", "{}", "00", "11")
				.waitingAtCashier()
				.withScenario("drop=16"));

		assertThat(pending.pending()).isTrue();
		assertThat(pending.paymentId()).isEqualTo("mp2");
		assertThat(pending.cashierUrl()).isEqualTo("/sandbox/cashier/mp2");
		assertThat(this.stub.received().get(0).cashier()).isEqualTo("pending");
		assertThat(this.stub.received().get(0).scenario()).isEqualTo("drop=16");
	}

	@Test
	void theClockAdvancesByAnIsoDurationAndReadsItsOffsetBack() {
		this.stub.answer("POST /sandbox/clock/advance", 200, JSON,
				"{\"now\":\"2026-01-02T04:04:05Z\",\"offset\":\"PT1H0.5S\"}");

		ClockState state = this.sandbox.clock().advance(Duration.ofHours(1));

		assertThat(state.offset()).isEqualTo(Duration.ofMillis(3_600_500));
		assertThat(this.stub.received().get(0).body()).isEqualTo("{\"by\":\"PT1H\"}");
	}

	@Test
	void waitingForAStateThatNeverComesTimesOutSayingWhatItSawLast() {
		this.stub.answer("GET /sandbox/payments/mp3", 200, JSON,
				"{\"paymentId\":\"mp3\",\"status\":\"PAID\",\"queryStatus\":2,\"somethingNew\":\"SOON\"}");

		assertThatThrownBy(
				() -> this.sandbox.payments().awaitStatus("mp3", PaymentStatus.DELIVERED, Duration.ofMillis(300)))
			.isInstanceOf(SandboxTimeoutException.class)
			.hasMessageContaining("payment mp3 DELIVERED")
			.hasMessageContaining("status=PAID");
	}

	@Test
	void keysAndSecretsNeverPrintThemselves() {
		this.stub.answer("POST /sandbox/keys/exchange", 200, JSON,
				"{\"appId\":\"demo\",\"env\":1,\"appKey\":\"TheKeyItself0123\",\"version\":2,\"previous\":"
						+ "{\"version\":1,\"appKey\":\"TheOldKey0123456\",\"acceptedUntil\":\"2026-01-02T03:04:05Z\"}}");
		NewApp app = NewApp.miniGame("demo", "the-secret", "http://x/n").withAppKey(Env.PRODUCTION, "FixedKey01234567");

		ExchangedKey key = this.sandbox.keys().exchange("demo", "the-secret", Env.SANDBOX);

		assertThat(key.appKey().reveal()).isEqualTo("TheKeyItself0123");
		assertThat(key.env()).isEqualTo(Env.SANDBOX);
		assertThat(key.version()).isEqualTo(2);
		assertThat(key.previousKey()).hasValueSatisfying((previous) -> {
			assertThat(previous.appKey().reveal()).isEqualTo("TheOldKey0123456");
			assertThat(previous.version()).isEqualTo(1);
		});
		assertThat(key.toString()).doesNotContain("TheKeyItself0123", "TheOldKey0123456");
		assertThat(app.toString()).doesNotContain("FixedKey01234567", "the-secret").contains("[0]");
		assertThat(app.body()).containsEntry("appKeys", Map.of("0", "FixedKey01234567"));
	}

}
