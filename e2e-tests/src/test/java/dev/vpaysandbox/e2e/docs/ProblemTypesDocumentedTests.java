package dev.vpaysandbox.e2e.docs;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every problem type the services answer
 * ({@code https://vpay-sandbox.dev/problems/<slug>}) is described in the documentation,
 * so that a client reading a {@code type} can look it up: each slug the main code names
 * appears, in backticks, in a page under {@code docs/}.
 */
class ProblemTypesDocumentedTests {

	/**
	 * How the code names a slug: beside its HTTP status ({@code HttpStatus.CONFLICT,
	 * "payment-not-pending"}), as a status's default ({@code case 404 -> "not-found"}),
	 * or through {@code Problems.of(status, "...")} and {@code ApiProblem.type("...")}.
	 */
	private static final List<Pattern> SLUG_IN_CODE = List.of(
			Pattern.compile("HttpStatus\\.[A-Z_]+,\\s*\"([a-z][a-z0-9]*(?:-[a-z0-9]+)+)\""),
			Pattern.compile("Problems\\.of\\(\\w+,\\s*\"([a-z][a-z0-9-]+)\""),
			Pattern.compile("ApiProblem\\.type\\(\"([a-z][a-z0-9-]+)\"\\)"),
			Pattern.compile("case \\d{3} -> \"([a-z][a-z0-9-]+)\""));

	@Test
	void everyProblemTypeTheServicesAnswerIsDescribedUnderDocs() {
		Set<String> slugs = new TreeSet<>();
		StringBuilder docs = new StringBuilder();
		for (Path file : Repository.files()) {
			String name = file.toString();
			if (name.endsWith(".java") && name.contains("/src/main/")) {
				Repository.text(file)
					.ifPresent((text) -> SLUG_IN_CODE.forEach((
							pattern) -> pattern.matcher(text).results().forEach((match) -> slugs.add(match.group(1)))));
			}
			else if (file.startsWith("docs") && name.endsWith(".md")) {
				Repository.text(file).ifPresent(docs::append);
			}
		}
		assertThat(slugs).as("slugs found in the code").contains("not-found", "payment-not-pending", "unknown-product");

		assertThat(slugs).as("problem types missing from docs/ (e.g. docs/protocol.md#problem-types)")
			.allSatisfy((slug) -> assertThat(docs).contains("`" + slug + "`"));
	}

}
