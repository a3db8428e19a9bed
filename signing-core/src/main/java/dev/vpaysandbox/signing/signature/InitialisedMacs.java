package dev.vpaysandbox.signing.signature;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One thread's HMAC-SHA256 instances, each already initialised with a key. Initialising a
 * Mac costs as much as a quarter of signing a signData, and a thread signs with the same
 * few keys over and over, so a handful of slots, found by key identity, is enough; a new
 * key takes the slot after the last one taken.
 */
final class InitialisedMacs {

	private static final String ALGORITHM = "HmacSHA256";

	/** Current and previous key of both envs: what one verification may try. */
	private static final int SLOTS = 4;

	private final SecretKeySpec[] keys = new SecretKeySpec[SLOTS];

	private final Mac[] macs = new Mac[SLOTS];

	private int next;

	/** A Mac ready to sign with {@code key}; {@code doFinal} leaves it ready again. */
	Mac forKey(SecretKeySpec key) {
		for (int i = 0; i < SLOTS; i++) {
			if (this.keys[i] == key) {
				return this.macs[i];
			}
		}
		int slot = this.next;
		this.next = (slot + 1) % SLOTS;
		Mac mac = (this.macs[slot] != null) ? this.macs[slot] : newMac();
		init(mac, key);
		this.macs[slot] = mac;
		this.keys[slot] = key;
		return mac;
	}

	private static void init(Mac mac, SecretKeySpec key) {
		try {
			mac.init(key);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException("HMAC-SHA256 refused a key", ex);
		}
	}

	private static Mac newMac() {
		try {
			return Mac.getInstance(ALGORITHM);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("this JDK lacks " + ALGORITHM, ex);
		}
	}

}
