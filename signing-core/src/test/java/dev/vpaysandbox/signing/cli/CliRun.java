package dev.vpaysandbox.signing.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import picocli.CommandLine;

import dev.vpaysandbox.signing.cli.SigningCli.CliContext;

/**
 * One in-process run of {@code vpay-sign}, with its own environment and stdin, and what
 * it printed.
 *
 * @param exitCode the exit code
 * @param out what it printed on stdout
 * @param err what it printed on stderr
 */
record CliRun(int exitCode, String out, String err) {

	static CliRun of(String... args) {
		return with(Map.of(), "", args);
	}

	static CliRun with(Map<String, String> environment, String stdin, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CliContext context = new CliContext(environment,
				new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
				Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
		CommandLine commandLine = SigningCli.commandLine(context);
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		int exitCode = commandLine.execute(args);
		return new CliRun(exitCode, out.toString(), err.toString());
	}

	/** Everything it printed. */
	String all() {
		return this.out + this.err;
	}

}
