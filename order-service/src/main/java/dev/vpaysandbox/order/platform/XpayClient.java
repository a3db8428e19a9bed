package dev.vpaysandbox.order.platform;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

import dev.vpaysandbox.order.apps.MerchantApp;
import dev.vpaysandbox.order.keys.AppKeyStore;
import dev.vpaysandbox.order.system.PlatformHttp;
import dev.vpaysandbox.order.system.PlatformUnavailableException;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.signature.Signatures;

import org.springframework.stereotype.Component;

/**
 * The merchant server APIs {@code /xpay/query_order} and
 * {@code /xpay/notify_provide_goods}: each body is serialized once, signed as
 * {@code pay_sig} over {@code uri&body} with the appKey of the body's env, and sent byte
 * for byte. An invalid or expired access_token is replaced and the call retried once; so
 * is a pay_sig error after the key exchange reports a rotation.
 */
@Component
public class XpayClient {

	static final String QUERY_ORDER = "/xpay/query_order";

	static final String NOTIFY_PROVIDE_GOODS = "/xpay/notify_provide_goods";

	private final PlatformHttp http;

	private final AccessTokens tokens;

	private final AppKeyStore keys;

	XpayClient(PlatformHttp http, AccessTokens tokens, AppKeyStore keys) {
		this.http = http;
		this.tokens = tokens;
		this.keys = keys;
	}

	/**
	 * The platform's view of an order ({@code order_id} is our outTradeNo).
	 * @return the order, or {@link QueryOrderResult.Unknown} when the platform never
	 * accepted it (errcode 268490002)
	 * @throws PlatformCallException for any other protocol error
	 * @throws PlatformUnavailableException when the platform cannot be asked
	 */
	public QueryOrderResult queryOrder(MerchantApp app, Env env, String openid, String outTradeNo) {
		PlatformHttp.Answer answer = call(app, env, QUERY_ORDER, new QueryOrder(openid, env.code(), outTradeNo));
		if (answer.errcode() == PlatformError.NO_SUCH_ORDER) {
			return new QueryOrderResult.Unknown();
		}
		requireSuccess("query_order", answer);
		JsonNode order = answer.body().path("order");
		if (!order.isObject()) {
			throw new PlatformUnavailableException("query_order answered without an order");
		}
		return new QueryOrderResult.Found(new PlatformOrder(order.path("status").asInt(),
				order.path("order_fee").asLong(), order.path("paid_fee").asLong(), order.path("refund_fee").asLong(),
				order.path("left_fee").asLong(), order.path("wx_order_id").asString("")));
	}

	/**
	 * Tells the platform that a paid order was delivered after its notification was lost.
	 * @return whether the platform recorded it now ({@code false}: already delivered,
	 * 268490004)
	 * @throws PlatformCallException for any other protocol error
	 */
	public boolean notifyProvideGoods(MerchantApp app, Env env, String outTradeNo) {
		PlatformHttp.Answer answer = call(app, env, NOTIFY_PROVIDE_GOODS, new ProvideGoods(outTradeNo, env.code()));
		if (answer.errcode() == PlatformError.REPEATED) {
			return false;
		}
		requireSuccess("notify_provide_goods", answer);
		return true;
	}

	private PlatformHttp.Answer call(MerchantApp app, Env env, String path, Record body) {
		String json = this.http.write(body);
		PlatformHttp.Answer answer = send(app, env, path, json);
		PlatformError error = new PlatformError(answer.errcode(), answer.errmsg());
		if (error.errcode() == PlatformError.SIGNATURE_ERROR && this.keys.refreshAfterFailure(app.appId(), env)) {
			return send(app, env, path, json);
		}
		return answer;
	}

	private PlatformHttp.Answer send(MerchantApp app, Env env, String path, String json) {
		Secret token = this.tokens.get(app);
		PlatformHttp.Answer answer = post(app, env, path, json, token);
		if (new PlatformError(answer.errcode(), answer.errmsg()).isAccessTokenError()) {
			this.tokens.invalidate(app, token);
			answer = post(app, env, path, json, this.tokens.get(app));
		}
		return answer;
	}

	private PlatformHttp.Answer post(MerchantApp app, Env env, String path, String json, Secret token) {
		String paySig = Signatures.payApiSig(this.keys.currentKey(app.appId(), env), path, json);
		return this.http.post(path + "?access_token={token}&pay_sig={paySig}",
				Map.of("token", token.reveal(), "paySig", paySig), json);
	}

	private static void requireSuccess(String call, PlatformHttp.Answer answer) {
		if (answer.errcode() != 0) {
			throw new PlatformCallException(call, new PlatformError(answer.errcode(), answer.errmsg()));
		}
	}

	/**
	 * The body of query_order, in the protocol's field order.
	 *
	 * @param openid the buyer
	 * @param env 0 or 1
	 * @param orderId our outTradeNo
	 */
	record QueryOrder(String openid, int env, @JsonProperty("order_id") String orderId) {
	}

	/**
	 * The body of notify_provide_goods.
	 *
	 * @param orderId our outTradeNo
	 * @param env 0 or 1
	 */
	record ProvideGoods(@JsonProperty("order_id") String orderId, int env) {
	}

	/** What query_order answered. */
	public sealed interface QueryOrderResult {

		/**
		 * The platform knows the order.
		 *
		 * @param order its view of it
		 */
		record Found(PlatformOrder order) implements QueryOrderResult {
		}

		/** The platform never accepted this outTradeNo (268490002). */
		record Unknown() implements QueryOrderResult {
		}

	}

}
