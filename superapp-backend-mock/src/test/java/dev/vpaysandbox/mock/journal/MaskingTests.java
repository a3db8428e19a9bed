package dev.vpaysandbox.mock.journal;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String SIGNATURE = "654571f79995b2ce1e149e53c0a33dc39c0a74090db514261454e8dbe432aa0b";

	@Test
	void masksSecretsAndShortensSignaturesAtAnyDepth() {
		JsonNode body = JSON.readTree("{\"appId\":\"a\",\"appSecret\":\"s3cret\",\"paySig\":\"" + SIGNATURE
				+ "\",\"nested\":{\"session_key\":\"k==\",\"list\":[{\"appKey\":\"K\",\"signature\":\"" + SIGNATURE
				+ "\"}]},\"signData\":\"{\\\"outTradeNo\\\":\\\"T1\\\"}\",\"code\":\"c0de\"}");

		JsonNode masked = Masking.json(body);

		assertThat(masked.toString()).doesNotContain("s3cret", "k==", "\"K\"", SIGNATURE, "c0de");
		assertThat(masked.get("appSecret").stringValue()).isEqualTo("****");
		assertThat(masked.get("paySig").stringValue()).isEqualTo("654571…");
		assertThat(masked.get("nested").get("list").get(0).get("signature").stringValue()).isEqualTo("654571…");
		assertThat(masked.get("appId").stringValue()).isEqualTo("a");
		assertThat(masked.get("signData").stringValue()).isEqualTo("{\"outTradeNo\":\"T1\"}");
		assertThat(body.get("appSecret").stringValue()).as("the original is untouched").isEqualTo("s3cret");
	}

	@Test
	void masksSecretQueryParameters() {
		assertThat(Masking.query("appid=demo&secret=s3cret&js_code=abc&grant_type=authorization_code"))
			.isEqualTo("appid=demo&secret=****&js_code=****&grant_type=authorization_code");
		assertThat(Masking.query("access_token=t0ken&pay_sig=" + SIGNATURE))
			.isEqualTo("access_token=****&pay_sig=654571…");
		assertThat(Masking.query(null)).isNull();
	}

	@Test
	void masksTextThatIsNotJsonOrWasCutShort() {
		assertThat(Masking.text("{\"appSecret\":\"s3cret\",\"appId\":\"a\",\"paySig\":\"" + SIGNATURE.substring(0, 20)))
			.isEqualTo("{\"appSecret\":\"****\",\"appId\":\"a\",\"paySig\":\"654571…");
		assertThat(Masking.text("{\"appKey\" : \"esc\\\"aped\"} trailing")).isEqualTo("{\"appKey\":\"****\"} trailing");
	}

	@Test
	void masksAVeryLongValueWithoutRunningOutOfStack() {
		String text = "{\"appSecret\":\"" + "x".repeat(1_000_000) + "\",\"paySig\":\"" + "y".repeat(500_000);
		assertThat(Masking.text(text)).isEqualTo("{\"appSecret\":\"****\",\"paySig\":\"yyyyyy…");
	}

}
