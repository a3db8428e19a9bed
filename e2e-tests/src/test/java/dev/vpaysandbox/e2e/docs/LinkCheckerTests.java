package dev.vpaysandbox.e2e.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The link checker finds what is broken, and only that: its positive controls. */
class LinkCheckerTests {

	@TempDir
	Path root;

	@Test
	void findsALinkToAMissingFileAndToAMissingHeading() throws IOException {
		write("docs/guide.md", "# Guide\n\n## Set up `./sandbox` — the first run\n\nText.\n");
		write("README.md", """
				# Project

				See [the guide](docs/guide.md), [its set-up](docs/guide.md#set-up-sandbox--the-first-run),
				[a typo](docs/guide.md#setup), [a lost file](docs/missing.md) and ![a picture](docs/pic.png).
				[Up and out](../elsewhere/README.md) and [the web](https://example.com/x.md#nothing).
				""");

		assertThat(new LinkChecker(this.root).checkMarkdown(Path.of("README.md"))).containsExactly(
				"README.md:4: docs/guide.md#setup: no heading or anchor #setup in docs/guide.md",
				"README.md:4: docs/missing.md: no such file", "README.md:4: docs/pic.png: no such file",
				"README.md:5: ../elsewhere/README.md: points outside the repository");
	}

	@Test
	void resolvesLinksFromTheLinkingFilesFolderAndWithinTheSameFile() throws IOException {
		write("docs/a.md",
				"# A\n\n## Twice\n\n## Twice\n\nSee [b](b.md#b-heading), [here](#twice-1), [gone](#twice-2).\n");
		write("docs/b.md", "B heading\n=========\n\n<a id=\"custom\"></a>\n");
		write("module/README.md", "[a](../docs/a.md#a) [custom](../docs/b.md#custom)\n");

		LinkChecker checker = new LinkChecker(this.root);

		assertThat(checker.checkMarkdown(Path.of("docs/a.md")))
			.containsExactly("docs/a.md:7: #twice-2: no heading or anchor #twice-2 in docs/a.md");
		assertThat(checker.checkMarkdown(Path.of("module/README.md"))).isEmpty();
	}

	@Test
	void ignoresLinksInCodeAndChecksDocsMentionsInOtherFiles() throws IOException {
		write("docs/a.md", "# A\n\n```md\n[not a link](nowhere.md)\n# not a heading\n```\n\n`[nor](this.md)`\n");
		write("docs/b.md", "# B\n");

		LinkChecker checker = new LinkChecker(this.root);

		assertThat(checker.checkMarkdown(Path.of("docs/a.md"))).isEmpty();
		assertThat(checker.checkMentions(Path.of("X.java"), "/** See docs/b.md#b and\n docs/b.md#not-a-heading. */"))
			.containsExactly("X.java:2: docs/b.md#not-a-heading: no heading or anchor #not-a-heading in docs/b.md");
	}

	@Test
	void slugsHeadingsAsGitHubDoes() {
		assertThat(MarkdownDocument.slug("`POST /notify/virtual-payment` — the delivery notification receiver"))
			.isEqualTo("post-notifyvirtual-payment--the-delivery-notification-receiver");
		assertThat(MarkdownDocument.slug("The merchant's duties, a checklist"))
			.isEqualTo("the-merchants-duties-a-checklist");
		assertThat(MarkdownDocument.slug("Configuration (`superapp-backend-mock.yml`, `vpay.mock.*`)"))
			.isEqualTo("configuration-superapp-backend-mockyml-vpaymock");
		assertThat(MarkdownDocument.slug("[Linked](x.md) session_key & Über")).isEqualTo("linked-session_key--über");
	}

	private void write(String path, String text) throws IOException {
		Path file = this.root.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

}
