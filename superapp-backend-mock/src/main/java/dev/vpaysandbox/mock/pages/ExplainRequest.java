package dev.vpaysandbox.mock.pages;

/**
 * A signature the inspector's debugger is asked about. The key is either pasted
 * ({@code key}) or chosen by the mock from an app ({@code appId}: its appKey for paySig;
 * with {@code userId}, the user's session_keys for signature); it is never answered.
 *
 * @param kind {@code paySig} or {@code signature}
 * @param method {@code requestMidasPaymentGameItem} or {@code requestVirtualPayment}
 * @param signData the signData exactly as sent
 * @param hex the signature to check, as sent
 * @param appId the app whose keys to use, instead of a pasted key
 * @param userId with {@code appId} and kind {@code signature}: the user whose session_key
 * to use
 * @param env for paySig, the env whose appKey to use (default: signData's env, else 0)
 * @param key a pasted appKey (paySig) or session_key (signature)
 */
record ExplainRequest(String kind, String method, String signData, String hex, String appId, String userId, Integer env,
		String key) {

	@Override
	public String toString() {
		return "ExplainRequest[" + this.kind + ", " + this.method + ", appId " + this.appId + ", user " + this.userId
				+ ", env " + this.env + ", key " + ((this.key != null) ? "(pasted)" : "(none)") + "]";
	}

}
