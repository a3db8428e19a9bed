package dev.vpaysandbox.mock.merchant;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The bodies of the merchant server APIs, bound by {@link XpayMessages} only after
 * pay_sig has verified their exact bytes. A field of the wrong JSON type, or a value
 * breaking a rule below, fails the binding: the call is refused with 268490002.
 */
final class XpayRequests {

	private XpayRequests() {
	}

	/**
	 * Names one order: by {@code order_id} (the outTradeNo) or else {@code wx_order_id}.
	 */
	interface OrderReference {

		String orderId();

		String wxOrderId();

	}

	/**
	 * {@code query_order {"openid","env","order_id"|"wx_order_id"}}.
	 *
	 * @param openid the buyer, required
	 * @param orderId the merchant's outTradeNo
	 * @param wxOrderId the platform's payment id
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record QueryOrder(String openid, String orderId, String wxOrderId) implements OrderReference {

		QueryOrder {
			if (openid == null) {
				throw new IllegalArgumentException("openid is required");
			}
		}

	}

	/**
	 * {@code refund_order {"openid","env","order_id"|"wx_order_id","refund_order_id",
	 * "refund_fee","left_fee","refund_reason"?,"req_from"?}}; reason and requester are
	 * cut to 256 and 64 characters.
	 *
	 * @param openid the buyer
	 * @param orderId the merchant's outTradeNo
	 * @param wxOrderId the platform's payment id, when there is no {@code order_id}
	 * @param refundOrderId the merchant's refund number, 1-64 characters, no control
	 * characters
	 * @param refundFee what to refund, minor units, above 0
	 * @param leftFee what the merchant believes is left, minor units
	 * @param refundReason why, or {@code null}
	 * @param reqFrom who asked, or {@code null}
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record RefundOrder(String openid, String orderId, String wxOrderId, String refundOrderId, Long refundFee,
			Long leftFee, String refundReason, String reqFrom) implements OrderReference {

		RefundOrder {
			if (openid == null || (orderId == null && wxOrderId == null) || !isRefundOrderId(refundOrderId)
					|| refundFee == null || refundFee <= 0 || leftFee == null || leftFee < 0) {
				throw new IllegalArgumentException("openid, order_id (or wx_order_id), refund_order_id "
						+ "(1-64 characters), refund_fee (> 0) and left_fee (>= 0) are required");
			}
			refundReason = truncate(refundReason, 256);
			reqFrom = truncate(reqFrom, 64);
		}

		private static boolean isRefundOrderId(String id) {
			return id != null && !id.isBlank() && id.length() <= 64 && id.chars().noneMatch(Character::isISOControl);
		}

		private static String truncate(String text, int length) {
			return (text == null || text.length() <= length) ? text : text.substring(0, length);
		}

	}

	/**
	 * {@code notify_provide_goods {"order_id"|"wx_order_id","env"}}.
	 *
	 * @param orderId the merchant's outTradeNo
	 * @param wxOrderId the platform's payment id
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record ProvideGoods(String orderId, String wxOrderId) implements OrderReference {
	}

}
