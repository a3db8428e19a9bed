package dev.vpaysandbox.signing.cli;

import java.util.Arrays;
import java.util.stream.Collectors;

import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.PayMethod;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/** Reads protocol values as the protocol writes them: bare method names, env 0 or 1. */
final class Converters {

	private Converters() {
	}

	static void register(CommandLine commandLine) {
		commandLine.registerConverter(PayMethod.class, Converters::method);
		commandLine.registerConverter(Env.class, Converters::env);
	}

	private static PayMethod method(String name) {
		return PayMethod.fromWireName(name)
			.orElseThrow(() -> new TypeConversionException("expected one of "
					+ Arrays.stream(PayMethod.values()).map(PayMethod::wireName).collect(Collectors.joining(", "))
					+ ", the bare name without wx. or a slash"));
	}

	private static Env env(String code) {
		return switch (code) {
			case "0" -> Env.PRODUCTION;
			case "1" -> Env.SANDBOX;
			default -> throw new TypeConversionException("expected 0 (production) or 1 (sandbox)");
		};
	}

}
