package dev.vpaysandbox.signing.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * A text given on the command line either literally or as {@code @path} (a file) or
 * {@code @-} (stdin). A file's single final line break is dropped, since editors add one;
 * everything else is kept byte for byte, because signatures cover exact bytes.
 */
final class TextInput {

	private TextInput() {
	}

	/** The text's bytes: a literal as UTF-8, a file or stdin as read. */
	static byte[] bytes(String argument, String option, InputStream stdin, CommandSpec spec) {
		if (!argument.startsWith("@")) {
			return argument.getBytes(StandardCharsets.UTF_8);
		}
		String source = argument.substring(1);
		try {
			byte[] read = source.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Path.of(source));
			return withoutFinalLineBreak(read);
		}
		catch (IOException ex) {
			throw new ParameterException(spec.commandLine(),
					"cannot read " + option + " from " + source + ": " + ex.getClass().getSimpleName());
		}
	}

	/** The text, decoded as UTF-8. */
	static String text(String argument, String option, InputStream stdin, CommandSpec spec) {
		return new String(bytes(argument, option, stdin, spec), StandardCharsets.UTF_8);
	}

	private static byte[] withoutFinalLineBreak(byte[] read) {
		int end = read.length;
		if (end > 0 && read[end - 1] == '\n') {
			end--;
			if (end > 0 && read[end - 1] == '\r') {
				end--;
			}
		}
		return Arrays.copyOf(read, end);
	}

}
