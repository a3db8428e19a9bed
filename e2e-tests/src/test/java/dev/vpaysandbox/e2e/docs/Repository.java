package dev.vpaysandbox.e2e.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The repository's own files, as a clone has them: everything under its root except build
 * output ({@code target/}), version control, a sandbox's {@code data/} and IDE folders.
 */
final class Repository {

	static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	private static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", ".git", "data", "node_modules", ".idea",
			".vscode", ".mvn");

	private Repository() {
	}

	/** Every file of the repository, as a path relative to its root. */
	static List<Path> files() {
		try (Stream<Path> walk = Files.walk(ROOT)) {
			return walk.filter(Files::isRegularFile).map(ROOT::relativize).filter((path) -> {
				for (Path part : path) {
					if (SKIPPED_DIRECTORIES.contains(part.toString())) {
						return false;
					}
				}
				return true;
			}).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The Markdown files. */
	static List<Path> markdownFiles() {
		return files().stream().filter((path) -> path.toString().endsWith(".md")).toList();
	}

	/** A file's text, or empty for a binary file (one that is not UTF-8). */
	static Optional<String> text(Path relative) {
		try {
			byte[] bytes = Files.readAllBytes(ROOT.resolve(relative));
			return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString());
		}
		catch (CharacterCodingException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
