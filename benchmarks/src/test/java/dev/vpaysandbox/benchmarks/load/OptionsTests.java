package dev.vpaysandbox.benchmarks.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The load generator reads bench/run.sh's flags, with its defaults for the rest. */
class OptionsTests {

	private static final String[] JARS = { "--mock-jar", "m.jar", "--order-jar", "o.jar", "--bare-jar", "b.jar" };

	@Test
	void readsEveryFlag() {
		Options options = Options.parse(new String[] { "--prewarm", "0", "--warmup", "10", "--duration", "15",
				"--connections", "8", "--postgres", "--jfr", "--jvm-options", "-Xmx512m -XX:+UseSerialGC", "--work",
				"w", "--mock-jar", "m.jar", "--order-jar", "o.jar", "--bare-jar", "b.jar", "--wiremock-jar", "wm.jar",
				"--delivery-sample", "50", "--paced-rate", "12.5", "--only", "purchase,login" });

		assertThat(options.preWarm()).isZero();
		assertThat(options.warmUp()).isEqualTo(Duration.ofSeconds(10));
		assertThat(options.measure()).isEqualTo(Duration.ofSeconds(15));
		assertThat(options.connections()).isEqualTo(8);
		assertThat(options.postgres()).isTrue();
		assertThat(options.jfr()).isTrue();
		assertThat(options.jvmOptions()).isEqualTo("-Xmx512m -XX:+UseSerialGC");
		assertThat(options.work()).isEqualTo(Path.of("w").toAbsolutePath());
		assertThat(options.mockJar()).isEqualTo(Path.of("m.jar").toAbsolutePath());
		assertThat(options.wiremockJar()).isEqualTo(Path.of("wm.jar").toAbsolutePath());
		assertThat(options.deliverySample()).isEqualTo(50);
		assertThat(options.pacedRate()).isEqualTo(12.5);
		assertThat(options.only()).isEqualTo(List.of("purchase", "login"));
		assertThat(options.runs("login")).isTrue();
		assertThat(options.runs("bare")).isFalse();
	}

	@Test
	void defaultsWhatIsNotGiven() {
		Options options = Options.parse(JARS);

		assertThat(options.preWarm()).isEqualTo(Duration.ofSeconds(30));
		assertThat(options.warmUp()).isEqualTo(Duration.ofSeconds(20));
		assertThat(options.measure()).isEqualTo(Duration.ofSeconds(30));
		assertThat(options.connections()).isEqualTo(32);
		assertThat(options.postgres()).isFalse();
		assertThat(options.jvmOptions()).isEqualTo("-Xmx256m");
		assertThat(options.deliverySample()).isEqualTo(1000);
		assertThat(options.only()).isEmpty();
		assertThat(options.runs("anything")).isTrue();
	}

	@Test
	void refusesUnknownFlagsBadValuesAndMissingJars() {
		assertThatIllegalArgumentException().isThrownBy(() -> Options.parse(new String[] { "--mock-jar", "m.jar" }))
			.withMessageContaining("--order-jar");
		assertThatIllegalArgumentException().isThrownBy(() -> Options.parse(concat(JARS, "--frobnicate")))
			.withMessageContaining("--frobnicate");
		assertThatIllegalArgumentException().isThrownBy(() -> Options.parse(concat(JARS, "--connections", "many")))
			.withMessageContaining("many");
	}

	private static String[] concat(String[] first, String... more) {
		String[] all = new String[first.length + more.length];
		System.arraycopy(first, 0, all, 0, first.length);
		System.arraycopy(more, 0, all, first.length, more.length);
		return all;
	}

}
