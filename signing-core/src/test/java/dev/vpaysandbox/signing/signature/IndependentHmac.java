package dev.vpaysandbox.signing.signature;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * HMAC-SHA256 computed outside the JVM, by {@code openssl dgst -sha256 -hmac} and by
 * Python's {@code hmac} module, whichever of them this machine has, so that a golden
 * vector is not merely this code agreeing with itself.
 */
final class IndependentHmac {

	/**
	 * Reads "keyhex msghex" lines, prints one HMAC per line: one start for all inputs.
	 */
	private static final String PYTHON = "import hmac,hashlib,sys\n" + "for line in sys.stdin:\n"
			+ "    k, m = (bytes.fromhex(part) for part in line.split())\n"
			+ "    print(hmac.new(k, m, hashlib.sha256).hexdigest())\n";

	private static final HexFormat HEX = HexFormat.of();

	/** One way to compute an HMAC outside the JVM. */
	enum Tool {

		OPENSSL, PYTHON3

	}

	/** A key text and a message text, both signed as UTF-8. */
	record Input(String key, String message) {
	}

	private IndependentHmac() {
	}

	/**
	 * The lower-case hex HMAC of every input by every tool that runs here; a tool that
	 * does not run is left out.
	 */
	static Map<Tool, List<String>> computeAll(List<Input> inputs) {
		Map<Tool, List<String>> results = new EnumMap<>(Tool.class);
		openssl(inputs).ifPresent((hexes) -> results.put(Tool.OPENSSL, hexes));
		python(inputs).ifPresent((hexes) -> results.put(Tool.PYTHON3, hexes));
		return results;
	}

	private static Optional<List<String>> openssl(List<Input> inputs) {
		List<String> hexes = new ArrayList<>();
		for (Input input : inputs) {
			Optional<String> out = run(List.of("openssl", "dgst", "-sha256", "-hmac", input.key()),
					input.message().getBytes(StandardCharsets.UTF_8));
			if (out.isEmpty()) {
				return Optional.empty();
			}
			// "SHA2-256(stdin)= <hex>" (OpenSSL 3) or "(stdin)= <hex>" (older)
			hexes.add(out.get().substring(out.get().lastIndexOf(' ') + 1));
		}
		return Optional.of(hexes);
	}

	private static Optional<List<String>> python(List<Input> inputs) {
		String lines = inputs.stream()
			.map((input) -> hex(input.key()) + " " + hex(input.message()) + "\n")
			.collect(Collectors.joining());
		return run(List.of("python3", "-c", PYTHON), lines.getBytes(StandardCharsets.US_ASCII))
			.map((out) -> List.of(out.split("\n")));
	}

	private static String hex(String text) {
		return HEX.formatHex(text.getBytes(StandardCharsets.UTF_8));
	}

	private static Optional<String> run(List<String> command, byte[] stdin) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			try (OutputStream in = process.getOutputStream()) {
				in.write(stdin);
			}
			String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			boolean done = process.waitFor(30, TimeUnit.SECONDS);
			return (done && process.exitValue() == 0) ? Optional.of(out) : Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

}
