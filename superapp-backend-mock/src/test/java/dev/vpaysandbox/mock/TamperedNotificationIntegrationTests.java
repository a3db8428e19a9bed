package dev.vpaysandbox.mock;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.mock.MockHttp.Response;
import dev.vpaysandbox.mock.NotifyReceiver.Received;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chaos faults that change what a notification says (corrupt-sig, other-env-key,
 * previous-key, wrong-price, wrong-product) make a correct receiver refuse the first
 * attempt and accept the genuine retry.
 */
class TamperedNotificationIntegrationTests extends CorrectReceiverIntegrationTest {

	@Test
	void corruptSigChangesOneHexDigitOfTheFirstAttemptOnly() {
		List<Received> got = refusedThenAcceptedOnRetry("corrupt-sig", 401);
		String sent = got.get(0).envelope().get("PayEventSig").stringValue();
		String correct = IndependentHmac.hex(this.sandbox.appKey(this.appId, 0).reveal(),
				"minigame_game_pay_goods_deliver_notify&" + got.get(0).payloadText());
		assertThat(sent.substring(1)).isEqualTo(correct.substring(1));
		assertThat(sent.charAt(0)).isNotEqualTo(correct.charAt(0));
	}

	@Test
	void otherEnvKeySignsWithTheAppKeyOfTheOtherEnv() {
		List<Received> got = refusedThenAcceptedOnRetry("other-env-key", 401);
		assertThat(got.get(0).envelope().get("PayEventSig").stringValue())
			.isEqualTo(IndependentHmac.hex(this.sandbox.appKey(this.appId, 1).reveal(),
					"minigame_game_pay_goods_deliver_notify&" + got.get(0).payloadText()));
	}

	@Test
	void previousKeySignsWithTheKeyARotationReplaced() {
		String replaced = this.sandbox.appKey(this.appId, 0).reveal();
		Response rotated = this.sandbox.admin("POST", "/sandbox/apps/" + this.appId + "/keys/rotate", "{\"env\":0}");
		assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);

		List<Received> got = refusedThenAcceptedOnRetry("previous-key", 401);
		assertThat(got.get(0).envelope().get("PayEventSig").stringValue()).isEqualTo(
				IndependentHmac.hex(replaced, "minigame_game_pay_goods_deliver_notify&" + got.get(0).payloadText()));
		assertThat(this.sandbox.notifications(this.appId).get(0).get("attempts").findValuesAsString("keyUsed"))
			.containsExactly("env 0 v1 (previous)", "env 0 v2");
	}

	@Test
	void previousKeyWithoutARotationSignsWithAKeyNeverIssued() {
		refusedThenAcceptedOnRetry("previous-key", 401);
		assertThat(this.sandbox.notifications(this.appId).get(0).get("attempts").findValuesAsString("keyUsed"))
			.containsExactly("a key never issued (no previous key)", "env 0 v1");
	}

	@Test
	void wrongPriceSendsACorrectlySignedPayloadOfOneCent() {
		List<Received> got = refusedThenAcceptedOnRetry("wrong-price", 400);
		JsonNode goods = got.get(0).payload().get("GoodsInfo");
		assertThat(goods.get("OrigPrice").longValue()).isEqualTo(1);
		assertThat(goods.get("ActualPrice").longValue()).isEqualTo(1);
		assertThat(got.get(1).payload().get("GoodsInfo").get("ActualPrice").longValue()).isEqualTo(199);
	}

	@Test
	void wrongProductSendsACorrectlySignedPayloadNamingAnotherItem() {
		List<Received> got = refusedThenAcceptedOnRetry("wrong-product", 400);
		assertThat(got.get(0).payload().get("GoodsInfo").get("ProductId").stringValue()).isEqualTo("shield");
		assertThat(got.get(1).payload().get("GoodsInfo").get("ProductId").stringValue()).isEqualTo("sword");
	}

}
