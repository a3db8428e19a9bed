package dev.vpaysandbox.e2e.docs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Markdown file offers and what it points at, read as GitHub renders it: the
 * anchors of its headings (GitHub's slugs, duplicates numbered) and of HTML {@code id} /
 * {@code name} attributes, and the targets of its links, images and link reference
 * definitions. Fenced code blocks and code spans hold neither.
 */
final class MarkdownDocument {

	private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

	private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}#{1,6}(?:\\s+(.*?))?(?:\\s+#+)?\\s*$");

	private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)\\s*$");

	private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");

	private static final Pattern INLINE_LINK = Pattern
		.compile("!?\\[((?:[^\\[\\]]|\\[[^\\]]*])*)]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");

	private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+]:\\s*<?([^\\s>]+)>?");

	private static final Pattern HTML_ANCHOR = Pattern.compile("<[a-zA-Z][^>]*\\s(?:id|name)=\"([^\"]+)\"");

	private static final Pattern HTML_LINK = Pattern.compile("<[a-zA-Z][^>]*\\s(?:href|src)=\"([^\"]+)\"");

	private static final Pattern HTML_TAG = Pattern.compile("<[^>]+>");

	private final Set<String> anchors;

	private final List<Link> links;

	private MarkdownDocument(Set<String> anchors, List<Link> links) {
		this.anchors = anchors;
		this.links = links;
	}

	/** Reads a document's text. */
	static MarkdownDocument parse(String text) {
		Set<String> anchors = new LinkedHashSet<>();
		Map<String, Integer> slugCounts = new HashMap<>();
		List<Link> links = new ArrayList<>();
		String fence = null;
		String previous = "";
		int number = 0;
		for (String line : text.split("\n", -1)) {
			number++;
			Matcher fenceMatch = FENCE.matcher(line);
			if (fence != null) {
				if (fenceMatch.find() && fenceMatch.group(1).charAt(0) == fence.charAt(0)
						&& fenceMatch.group(1).length() >= fence.length() && line.strip().matches("[`~]+")) {
					fence = null;
				}
				previous = "";
				continue;
			}
			if (fenceMatch.find()) {
				fence = fenceMatch.group(1);
				previous = "";
				continue;
			}
			String prose = CODE_SPAN.matcher(line).replaceAll("");
			Matcher heading = ATX_HEADING.matcher(line);
			if (heading.matches()) {
				anchors.add(uniqueSlug(heading.group(1) != null ? heading.group(1) : "", slugCounts));
			}
			else if (SETEXT_UNDERLINE.matcher(line).matches() && isParagraphLine(previous)) {
				anchors.add(uniqueSlug(previous.strip(), slugCounts));
			}
			HTML_ANCHOR.matcher(prose).results().forEach((match) -> anchors.add(match.group(1)));
			for (Pattern pattern : List.of(INLINE_LINK, REFERENCE_DEFINITION, HTML_LINK)) {
				Matcher match = pattern.matcher(prose);
				while (match.find()) {
					String target = match.group(match.groupCount());
					if (!target.isEmpty()) {
						links.add(new Link(number, target));
					}
				}
			}
			previous = line;
		}
		return new MarkdownDocument(anchors, links);
	}

	private static boolean isParagraphLine(String line) {
		return !line.isBlank() && !ATX_HEADING.matcher(line).matches() && !line.strip().startsWith("|")
				&& !line.strip().startsWith("-") && !line.strip().startsWith("*") && !line.strip().startsWith(">");
	}

	private static String uniqueSlug(String headingText, Map<String, Integer> counts) {
		String slug = slug(headingText);
		int seen = counts.merge(slug, 1, Integer::sum) - 1;
		return (seen == 0) ? slug : slug + "-" + seen;
	}

	/**
	 * GitHub's anchor of a heading: the text as rendered (code spans' content, links'
	 * text, no HTML tags), lower-cased, every character but letters, digits, marks,
	 * {@code -}, {@code _} and spaces dropped, each space made a {@code -}.
	 */
	static String slug(String headingText) {
		String rendered = CODE_SPAN.matcher(headingText)
			.replaceAll((match) -> Matcher.quoteReplacement(match.group(2)));
		rendered = INLINE_LINK.matcher(rendered).replaceAll((match) -> Matcher.quoteReplacement(match.group(1)));
		rendered = HTML_TAG.matcher(rendered).replaceAll("");
		StringBuilder slug = new StringBuilder();
		rendered.strip().toLowerCase(java.util.Locale.ROOT).codePoints().forEach((codePoint) -> {
			if (codePoint == ' ') {
				slug.append('-');
			}
			else if (Character.isLetterOrDigit(codePoint) || codePoint == '-' || codePoint == '_'
					|| isMark(codePoint)) {
				slug.appendCodePoint(codePoint);
			}
		});
		return slug.toString();
	}

	private static boolean isMark(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
				|| type == Character.ENCLOSING_MARK;
	}

	/** The anchors a link may name with {@code #anchor}. */
	Set<String> anchors() {
		return this.anchors;
	}

	/** Every link target, with its line. */
	List<Link> links() {
		return this.links;
	}

	/**
	 * A link in a document.
	 *
	 * @param line its line, from 1
	 * @param target what it points at, as written
	 */
	record Link(int line, String target) {

		/** Whether it leaves the repository: a URL with a scheme. */
		boolean isExternal() {
			return this.target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
		}

		/**
		 * The part before {@code #}, percent-decoded; empty for a link within the file.
		 */
		String path() {
			int hash = this.target.indexOf('#');
			String path = (hash >= 0) ? this.target.substring(0, hash) : this.target;
			return java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
		}

		/** The anchor after {@code #}, or {@code null}. */
		String anchor() {
			int hash = this.target.indexOf('#');
			return (hash >= 0) ? this.target.substring(hash + 1) : null;
		}

	}

}
