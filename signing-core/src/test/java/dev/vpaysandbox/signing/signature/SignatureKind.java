package dev.vpaysandbox.signing.signature;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import dev.vpaysandbox.signing.keys.KeyRing;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.PayMethod;

/**
 * Each signature (docs/protocol.md#signatures) as a pair of sign and verify over a
 * variable message (the signData, body or Payload), so that properties can treat them
 * alike.
 */
enum SignatureKind {

	PAY_SIG_MINI_GAME {
		@Override
		String sign(Secret key, String message) {
			return Signatures.paySig(key, PayMethod.REQUEST_MIDAS_PAYMENT_GAME_ITEM, message);
		}

		@Override
		Verification verify(Secret key, String message, String signature) {
			return verifier(key).paySig(APP_ID, ENV, PayMethod.REQUEST_MIDAS_PAYMENT_GAME_ITEM, message, signature);
		}
	},

	PAY_SIG_MINI_PROGRAM {
		@Override
		String sign(Secret key, String message) {
			return Signatures.paySig(key, PayMethod.REQUEST_VIRTUAL_PAYMENT, message);
		}

		@Override
		Verification verify(Secret key, String message, String signature) {
			return verifier(key).paySig(APP_ID, ENV, PayMethod.REQUEST_VIRTUAL_PAYMENT, message, signature);
		}
	},

	SIGNATURE {
		@Override
		String sign(Secret key, String message) {
			return Signatures.signature(key, message);
		}

		@Override
		Verification verify(Secret key, String message, String signature) {
			return SessionSignatureVerifier.verify(message, signature, key, List.of(),
					PayMethod.REQUEST_VIRTUAL_PAYMENT);
		}
	},

	PAY_API_SIG {
		@Override
		String sign(Secret key, String message) {
			return Signatures.payApiSig(key, "/xpay/query_order", message);
		}

		@Override
		Verification verify(Secret key, String message, String signature) {
			return verifier(key).payApiSig(APP_ID, ENV, "/xpay/query_order", message, signature);
		}
	},

	PAY_EVENT_SIG {
		@Override
		String sign(Secret key, String message) {
			return Signatures.payEventSig(key, PayMethod.REQUEST_VIRTUAL_PAYMENT.deliveryEvent(), message);
		}

		@Override
		Verification verify(Secret key, String message, String signature) {
			return verifier(key).payEventSig(APP_ID, ENV, PayMethod.REQUEST_VIRTUAL_PAYMENT.deliveryEvent(), message,
					signature);
		}
	};

	static final String APP_ID = "property-app";

	static final Env ENV = Env.SANDBOX;

	/** Signs the message as the signer of this signature does. */
	abstract String sign(Secret key, String message);

	/** Verifies as the receiver does, with {@code key} as the only (current) key. */
	abstract Verification verify(Secret key, String message, String signature);

	static Verifier verifier(Secret key) {
		KeyRing ring = new KeyRing(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
		ring.register(APP_ID, ENV, key);
		return new Verifier(ring, ring.clock());
	}

}
