package dev.vpaysandbox.e2e.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the links of a repository's files that point at nothing: a relative link to a
 * file that does not exist or lies outside the repository, or an {@code #anchor} that no
 * heading of the target Markdown file has. In Markdown files every link counts; in other
 * text files (code comments, pages, scripts) the mentions of {@code docs/<name>.md} with
 * or without an anchor, resolved from the repository's root.
 */
final class LinkChecker {

	private static final Pattern DOCS_MENTION = Pattern.compile("(?<![\\w./-])docs/[\\w./-]+\\.md(?:#[\\w-]+)?");

	private final Path root;

	private final Map<Path, MarkdownDocument> documents = new HashMap<>();

	LinkChecker(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	/**
	 * What is wrong with the links of a Markdown file (relative to the root), one line
	 * each.
	 */
	List<String> checkMarkdown(Path file) {
		List<String> problems = new ArrayList<>();
		for (MarkdownDocument.Link link : document(this.root.resolve(file)).links()) {
			if (!link.isExternal()) {
				String problem = problem(this.root.resolve(file).getParent(), link.path(), link.anchor(), file);
				if (problem != null) {
					problems.add(file + ":" + link.line() + ": " + link.target() + ": " + problem);
				}
			}
		}
		return problems;
	}

	/** What is wrong with the {@code docs/*.md} mentions of any other text file. */
	List<String> checkMentions(Path file, String text) {
		List<String> problems = new ArrayList<>();
		Matcher mention = DOCS_MENTION.matcher(text);
		while (mention.find()) {
			MarkdownDocument.Link link = new MarkdownDocument.Link(lineOf(text, mention.start()), mention.group());
			String problem = problem(this.root, link.path(), link.anchor(), file);
			if (problem != null) {
				problems.add(file + ":" + link.line() + ": " + link.target() + ": " + problem);
			}
		}
		return problems;
	}

	private String problem(Path base, String path, String anchor, Path from) {
		Path target = path.isEmpty() ? this.root.resolve(from) : base.resolve(path).normalize();
		if (!target.startsWith(this.root)) {
			return "points outside the repository";
		}
		if (!Files.exists(target)) {
			return "no such file";
		}
		if (anchor == null || anchor.isEmpty() || !target.toString().endsWith(".md")) {
			return null;
		}
		if (!document(target).anchors().contains(anchor)) {
			return "no heading or anchor #" + anchor + " in " + this.root.relativize(target);
		}
		return null;
	}

	private MarkdownDocument document(Path file) {
		return this.documents.computeIfAbsent(file, (path) -> {
			try {
				return MarkdownDocument.parse(Files.readString(path));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private static int lineOf(String text, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

}
