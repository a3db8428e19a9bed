package dev.vpaysandbox.e2e.docs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every link of the repository's Markdown files (READMEs, docs/, CONTRIBUTING, ...)
 * reaches a file of the repository and, with {@code #anchor}, a heading of it; every
 * {@code docs/*.md} a code comment or page names exists; and no file sends its reader to
 * the protocol's account outside the repository.
 */
class DocumentationLinksTests {

	/**
	 * This package holds broken links on purpose, as fixtures of the checker's own tests.
	 */
	private static final Path FIXTURES = Path.of("e2e-tests", "src", "test", "java", "dev", "vpaysandbox", "e2e",
			"docs");

	/** Texts that point at the development workspace instead of the repository. */
	private static final List<String> OUTSIDE_REFERENCES = List.of("../" + "shared", "/work/" + "shared",
			"spec " + "section", "the project's protocol " + "document");

	private final LinkChecker checker = new LinkChecker(Repository.ROOT);

	@Test
	void everyMarkdownLinkReachesAFileAndHeadingOfTheRepository() {
		List<Path> markdown = Repository.markdownFiles();
		assertThat(markdown).contains(Path.of("README.md"), Path.of("docs", "README.md"),
				Path.of("docs", "protocol.md"), Path.of("superapp-backend-mock", "README.md"));

		List<String> problems = new ArrayList<>();
		markdown.forEach((file) -> problems.addAll(this.checker.checkMarkdown(file)));

		assertThat(problems).as("broken links").isEmpty();
	}

	@Test
	void everyDocsFileThatCodeOrPagesNameExistsWithItsHeading() {
		List<String> problems = new ArrayList<>();
		for (Path file : Repository.files()) {
			if (!file.toString().endsWith(".md") && !file.startsWith(FIXTURES)) {
				Repository.text(file).ifPresent((text) -> problems.addAll(this.checker.checkMentions(file, text)));
			}
		}

		assertThat(problems).as("docs/*.md named by code, pages or scripts, but missing").isEmpty();
	}

	@Test
	void noFilePointsAtTheProtocolAccountOutsideTheRepository() {
		List<String> found = new ArrayList<>();
		for (Path file : Repository.files()) {
			if (file.startsWith(FIXTURES)) {
				continue;
			}
			Optional<String> text = Repository.text(file);
			if (text.isEmpty()) {
				continue;
			}
			String lower = text.get().toLowerCase(Locale.ROOT);
			for (String reference : OUTSIDE_REFERENCES) {
				if (lower.contains(reference)) {
					found.add(file + " mentions \"" + reference
							+ "\": link docs/protocol.md (a file and heading) instead");
				}
			}
		}

		assertThat(found).isEmpty();
	}

}
