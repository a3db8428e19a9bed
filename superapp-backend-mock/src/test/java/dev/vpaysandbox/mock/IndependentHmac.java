package dev.vpaysandbox.mock;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * HMAC-SHA256 computed outside this JVM, by {@code openssl} or else {@code python3}, so
 * that a signature the mock makes is checked by code it does not share. A test that needs
 * it is skipped, with a message naming both, when neither is installed.
 */
final class IndependentHmac {

	private IndependentHmac() {
	}

	/**
	 * The lower-case hex HMAC-SHA256 of {@code message} under {@code key} (UTF-8 both).
	 */
	static String hex(String key, String message) {
		Optional<String> openssl = run(List.of("openssl", "dgst", "-sha256", "-hmac", key), message)
			.map((out) -> out.substring(out.lastIndexOf(' ') + 1));
		if (openssl.isPresent()) {
			return openssl.get();
		}
		Optional<String> python = run(
				List.of("python3", "-c", "import hmac,hashlib,sys; k=sys.argv[1].encode(); m=sys.stdin.buffer.read();"
						+ " print(hmac.new(k, m, hashlib.sha256).hexdigest())", key),
				message);
		Assumptions.assumeTrue(python.isPresent(),
				"neither openssl nor python3 is installed: the independent HMAC check cannot run");
		return python.get();
	}

	private static Optional<String> run(List<String> command, String input) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
			process.getOutputStream().close();
			String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
				return Optional.empty();
			}
			return Optional.of(out);
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
