package dev.vpaysandbox.mock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.mock.MockHttp.Response;

import static dev.vpaysandbox.mock.Sandbox.MINI_GAME;
import static dev.vpaysandbox.mock.Sandbox.MINI_PROGRAM;
import static org.assertj.core.api.Assertions.assertThat;

class LoginIntegrationTests extends MockIntegrationTest {

	@Test
	void exchangesACodeForOpenidSessionKeyAndUnionid() {
		String code = this.sandbox.loginCode(MINI_GAME, Sandbox.newUser());
		JsonNode session = this.sandbox.code2session(MINI_GAME, "demo-minigame-secret", code).json();
		assertThat(session.get("errcode").intValue()).isZero();
		assertThat(session.get("errmsg").stringValue()).isEqualTo("ok");
		assertThat(session.get("openid").stringValue()).matches("o[A-Za-z0-9_-]{27}");
		assertThat(session.get("session_key").stringValue()).hasSize(24).matches("[A-Za-z0-9+/]{22}==");
		assertThat(session.get("unionid").stringValue()).matches("u[A-Za-z0-9_-]{27}");
		assertThat(session.get("requestId").stringValue()).isNotBlank();
	}

	@Test
	void keepsOpenidPerAppAndUserAndUnionidPerUser() {
		String user = Sandbox.newUser();
		Session first = this.sandbox.login(MINI_GAME, user);
		Session again = this.sandbox.login(MINI_GAME, user);
		Session otherApp = this.sandbox.login(MINI_PROGRAM, user);
		Session otherUser = this.sandbox.login(MINI_GAME, Sandbox.newUser());
		assertThat(again.openid()).isEqualTo(first.openid());
		assertThat(otherApp.openid()).isNotEqualTo(first.openid());
		assertThat(otherUser.openid()).isNotEqualTo(first.openid());
		assertThat(unionid(MINI_GAME, user)).isEqualTo(unionid(MINI_PROGRAM, user));
	}

	@Test
	void replacesTheSessionKeyAtEachLogin() {
		String user = Sandbox.newUser();
		Session first = this.sandbox.login(MINI_GAME, user);
		Session second = this.sandbox.login(MINI_GAME, user);
		assertThat(second.sessionKey()).isNotEqualTo(first.sessionKey());
		Response users = this.sandbox.admin("GET", "/sandbox/apps/" + MINI_GAME + "/users/" + user, null);
		assertThat(users.json().get("sessions")).hasSize(2);
		assertThat(users.json().get("sessions").get(0).get("current").booleanValue()).isTrue();
		assertThat(users.body()).doesNotContain(first.sessionKey().reveal(), second.sessionKey().reveal());
	}

	@Test
	void refusesAnUnknownOrMissingAppid() {
		String code = this.sandbox.loginCode(MINI_GAME, Sandbox.newUser());
		assertThat(errcode(this.sandbox.code2session("no-such-app", "x", code))).isEqualTo(40013);
		assertThat(errcode(this.sandbox.http
			.get("/openserver/sns/jscode2session?secret=x&js_code=" + code + "&grant_type=authorization_code")))
			.isEqualTo(40013);
	}

	@Test
	void refusesAWrongSecret() {
		String code = this.sandbox.loginCode(MINI_GAME, Sandbox.newUser());
		assertThat(errcode(this.sandbox.code2session(MINI_GAME, "demo-miniprogram-secret", code))).isEqualTo(40125);
	}

	@Test
	void refusesAWrongOrMissingGrantType() {
		String code = this.sandbox.loginCode(MINI_GAME, Sandbox.newUser());
		String base = "/openserver/sns/jscode2session?appid=demo-minigame&secret=demo-minigame-secret&js_code=" + code;
		assertThat(errcode(this.sandbox.http.get(base + "&grant_type=client_credential"))).isEqualTo(40002);
		assertThat(errcode(this.sandbox.http.get(base))).isEqualTo(40002);
	}

	@Test
	void refusesAnUnknownUsedOrMissingCode() {
		assertThat(errcode(this.sandbox.code2session(MINI_GAME, "demo-minigame-secret", "no-such-code")))
			.isEqualTo(40029);
		assertThat(errcode(this.sandbox.http.get(
				"/openserver/sns/jscode2session?appid=demo-minigame&secret=demo-minigame-secret&grant_type=authorization_code")))
			.isEqualTo(40029);
		String code = this.sandbox.loginCode(MINI_GAME, Sandbox.newUser());
		assertThat(errcode(this.sandbox.code2session(MINI_GAME, "demo-minigame-secret", code))).isZero();
		assertThat(errcode(this.sandbox.code2session(MINI_GAME, "demo-minigame-secret", code))).isEqualTo(40029);
	}

	@Test
	void refusesACodeOfAnotherApp() {
		String code = this.sandbox.loginCode(MINI_PROGRAM, Sandbox.newUser());
		assertThat(errcode(this.sandbox.code2session(MINI_GAME, "demo-minigame-secret", code))).isEqualTo(40029);
		assertThat(errcode(this.sandbox.code2session(MINI_PROGRAM, "demo-miniprogram-secret", code))).isZero();
	}

	@Test
	void refusesACodeOlderThanFiveMinutes() {
		String fresh = this.sandbox.loginCode(MINI_GAME, Sandbox.newUser());
		String stale = this.sandbox.loginCode(MINI_GAME, Sandbox.newUser());
		this.clock.advance(Duration.ofMinutes(4).plusSeconds(59));
		assertThat(errcode(this.sandbox.code2session(MINI_GAME, "demo-minigame-secret", fresh))).isZero();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(errcode(this.sandbox.code2session(MINI_GAME, "demo-minigame-secret", stale))).isEqualTo(40029);
	}

	@Test
	void opensOneSessionWhenOneCodeIsExchangedConcurrently() throws Exception {
		String code = this.sandbox.loginCode(MINI_GAME, Sandbox.newUser());
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			List<CompletableFuture<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 32; i++) {
				answers.add(CompletableFuture.supplyAsync(
						() -> errcode(this.sandbox.code2session(MINI_GAME, "demo-minigame-secret", code)), pool));
			}
			List<Integer> codes = answers.stream().map(CompletableFuture::join).toList();
			assertThat(codes).containsOnly(0, 40029).filteredOn((errcode) -> errcode == 0).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void issuesAccessTokensThatDoNotRevokeEachOther() {
		Response first = this.sandbox.http.get(
				"/openserver/cgi-bin/token?appid=demo-minigame&secret=demo-minigame-secret&grant_type=client_credential");
		assertThat(first.json().get("errcode").intValue()).isZero();
		assertThat(first.json().get("expires_in").intValue()).isEqualTo(7200);
		assertThat(first.json().get("access_token").stringValue()).isNotBlank();
		assertThat(first.json().get("requestId").stringValue()).isNotBlank();
		String second = this.sandbox.accessToken(MINI_GAME);
		assertThat(second).isNotEqualTo(first.json().get("access_token").stringValue());
	}

	@Test
	void refusesTokenRequestsWithBadCredentials() {
		assertThat(errcode(
				this.sandbox.http.get("/openserver/cgi-bin/token?appid=nope&secret=x&grant_type=client_credential")))
			.isEqualTo(40013);
		assertThat(errcode(this.sandbox.http
			.get("/openserver/cgi-bin/token?appid=demo-minigame&secret=wrong&grant_type=client_credential")))
			.isEqualTo(40125);
		assertThat(errcode(this.sandbox.http.get(
				"/openserver/cgi-bin/token?appid=demo-minigame&secret=demo-minigame-secret&grant_type=authorization_code")))
			.isEqualTo(40002);
	}

	@Test
	void answersLoginOfAnUnknownAppOrWithoutUserWithAProblem() {
		Response unknown = this.sandbox.http.post("/sandbox/wx/login", "{\"appId\":\"nope\",\"userId\":\"u1\"}");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("type").stringValue()).isEqualTo("https://vpay-sandbox.dev/problems/not-found");
		Response noUser = this.sandbox.http.post("/sandbox/wx/login", "{\"appId\":\"demo-minigame\"}");
		assertThat(noUser.status()).isEqualTo(400);
		assertThat(noUser.json().get("type").stringValue())
			.isEqualTo("https://vpay-sandbox.dev/problems/invalid-request");
	}

	private String unionid(String appId, String user) {
		String code = this.sandbox.loginCode(appId, user);
		return this.sandbox.code2session(appId, Sandbox.secret(appId), code).json().get("unionid").stringValue();
	}

	private static int errcode(Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json().get("errcode").intValue();
	}

}
