package dev.vpaysandbox.order.keys;

import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.web.ProblemException;
import dev.vpaysandbox.web.Problems;

import org.springframework.http.HttpStatus;

/** No appKey is known yet for an (appId, env): the key exchange has not answered. */
class KeysUnavailableException extends ProblemException {

	KeysUnavailableException(String appId, Env env) {
		super(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "keys-unavailable", "Keys unavailable",
				"no appKey is known yet for app " + appId + " env " + env.code()
						+ "; the service is not ready until the key exchange answers"));
	}

}
