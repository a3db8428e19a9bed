package dev.vpaysandbox.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;

import dev.vpaysandbox.signing.keys.KeyRing;
import dev.vpaysandbox.signing.keys.Secret;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.PayMethod;
import dev.vpaysandbox.signing.signature.Signatures;
import dev.vpaysandbox.signing.signature.StringToSign;
import dev.vpaysandbox.signing.signature.Verification;
import dev.vpaysandbox.signing.signature.Verifier;
import dev.vpaysandbox.signing.signdata.SignData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * paySig signing and verification through signing-core, against the floor any
 * implementation pays: {@code Mac.doFinal} over the UTF-8 bytes of the same string to
 * sign, with a Mac that was initialised once. The three run in the same JVM, so their
 * ratio survives a noisy machine better than their absolute figures.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
// Eight warm-up seconds: on a busy 2-core machine C2 was still compiling sign after
// three.
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PaySigBenchmark {

	private static final String APP_ID = "demo-minigame";

	private static final HexFormat HEX = HexFormat.of();

	private static final PayMethod METHOD = PayMethod.REQUEST_MIDAS_PAYMENT_GAME_ITEM;

	private Secret appKey;

	private String signData;

	private String stringToSign;

	private String paySig;

	private Mac initialisedMac;

	private Verifier verifier;

	@Setup
	public void setUp() throws GeneralSecurityException {
		this.appKey = Secret.of("benchmark-app-key-0123456789abcdef");
		this.signData = SignData.builder(METHOD)
			.buyQuantity(2)
			.env(Env.SANDBOX)
			.currencyType("USD")
			.platform("android")
			.productId("sword")
			.goodsPrice(199)
			.outTradeNo("bench_0123456789abcdef")
			.attach("{\"campaign\":\"spring\"}")
			.build()
			.toJson();
		this.stringToSign = StringToSign.paySig(METHOD, this.signData);
		this.paySig = Signatures.paySig(this.appKey, METHOD, this.signData);
		this.initialisedMac = Mac.getInstance("HmacSHA256");
		this.initialisedMac.init(this.appKey.hmacKey());
		KeyRing keys = new KeyRing(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
		keys.register(APP_ID, Env.SANDBOX, this.appKey);
		this.verifier = new Verifier(keys, keys.clock());
	}

	/** The floor: one HMAC of the same string, no key set-up, no hex. */
	@Benchmark
	public byte[] baselineMacDoFinal() {
		return this.initialisedMac.doFinal(this.stringToSign.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * For comparison only: the floor plus the JDK's hex encoding, which any signer that
	 * returns hex pays for.
	 */
	@Benchmark
	public String baselineWithHexFormat() {
		return HEX.formatHex(this.initialisedMac.doFinal(this.stringToSign.getBytes(StandardCharsets.UTF_8)));
	}

	/** What order-service does per order: build the string to sign, HMAC, hex. */
	@Benchmark
	public String sign() {
		return Signatures.paySig(this.appKey, METHOD, this.signData);
	}

	/**
	 * What the mock does per payment: look up the keys, HMAC, compare in constant time.
	 */
	@Benchmark
	public boolean verify() {
		Verification verification = this.verifier.paySig(APP_ID, Env.SANDBOX, METHOD, this.signData, this.paySig);
		return verification.isValid();
	}

}
