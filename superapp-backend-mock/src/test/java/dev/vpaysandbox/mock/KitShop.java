package dev.vpaysandbox.mock;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.vpaysandbox.client.AppType;
import dev.vpaysandbox.client.Code2Session;
import dev.vpaysandbox.client.NewApp;
import dev.vpaysandbox.client.NewItem;
import dev.vpaysandbox.client.PaymentRequest;
import dev.vpaysandbox.client.VpaySandbox;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.PayMethod;
import dev.vpaysandbox.signing.signature.Signatures;
import dev.vpaysandbox.signing.signdata.SignData;

/**
 * A merchant and its user, played through the sandbox client as an integrator's test
 * plays them: an app of its own selling a 199-cent sword, a login through code2session,
 * and orders signed with signing-core.
 *
 * @param sandbox the client
 * @param appId the app
 * @param appSecret its secret
 */
record KitShop(VpaySandbox sandbox, String appId, String appSecret) {

	/** A new mini game notifying {@code notifyUrl}, selling a sword for 199 cents. */
	static KitShop open(VpaySandbox sandbox, String notifyUrl) {
		String appId = "kit-" + UUID.randomUUID().toString().substring(0, 8);
		String secret = appId + "-secret";
		sandbox.apps().create(NewApp.miniGame(appId, secret, notifyUrl));
		sandbox.items().add(appId, NewItem.of("sword", 199, "USD"));
		return new KitShop(sandbox, appId, secret);
	}

	/** One of the demo mini game's users. */
	static KitShop demoMiniGame(VpaySandbox sandbox) {
		return new KitShop(sandbox, "demo-minigame", "demo-minigame-secret");
	}

	/** A new user's session: a login code exchanged by code2session. */
	User logIn() {
		String userId = "user-" + UUID.randomUUID().toString().substring(0, 8);
		String code = this.sandbox.users().loginCode(this.appId, userId);
		return new User(userId, this.sandbox.openServer().code2session(this.appId, this.appSecret, code));
	}

	/** The current appKey of env 0, from the key exchange. */
	Secret appKey() {
		return this.sandbox.keys().exchange(this.appId, this.appSecret, Env.PRODUCTION).appKey();
	}

	/** A sword order of a user, signed with {@code appKey}, as a front end pays it. */
	PaymentRequest swordOrder(User user, Secret appKey) {
		PayMethod method = AppType.MINI_GAME.method();
		String signData = SignData.builder(method)
			.buyQuantity(1)
			.env(Env.PRODUCTION)
			.currencyType("USD")
			.productId("sword")
			.goodsPrice(199)
			.outTradeNo("KIT" + UUID.randomUUID().toString().replace("-", "").substring(0, 20))
			.build()
			.toJson();
		return PaymentRequest.of(method, this.appId, user.userId(), signData,
				Signatures.paySig(appKey, method, signData),
				Signatures.signature(user.session().sessionKey(), signData));
	}

	/** The JSON body of a payment call, as a front end posts it. */
	static Map<String, Object> body(PaymentRequest request) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("appId", request.appId());
		body.put("userId", request.userId());
		body.put("signData", request.signData());
		body.put("paySig", request.paySig());
		body.put("signature", request.signature());
		return body;
	}

	/**
	 * A user logged in to the app.
	 *
	 * @param userId the host app's user id
	 * @param session what code2session answered
	 */
	record User(String userId, Code2Session session) {
	}

}
