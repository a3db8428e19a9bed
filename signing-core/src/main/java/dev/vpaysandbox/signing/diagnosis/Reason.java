package dev.vpaysandbox.signing.diagnosis;

/** Why a signature did not verify. */
public enum Reason {

	/** No signature was presented. */
	MISSING,

	/** The presented text is not 64 hexadecimal characters. */
	MALFORMED,

	/** No accepted key produces the presented signature. */
	MISMATCH,

	/** The verifier has no key for the app and env. */
	NO_KEY

}
