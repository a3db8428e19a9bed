package dev.vpaysandbox.e2e.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One headless Chromium: waits on the page instead of sleeping, and takes full-page
 * screenshots into {@code target/screenshots/} (and, with
 * {@code VPAY_UPDATE_DOC_SCREENSHOTS=true}, into {@code docs/screenshots/}).
 */
final class Browser implements AutoCloseable {

	/** Long enough for a delivery by order-service's reconciliation in the e2e setup. */
	static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Path DOC_SCREENSHOTS = Path.of("..", "docs", "screenshots");

	private static final Dimension DESKTOP = new Dimension(1280, 900);

	private final WebDriver driver;

	private final Path profile;

	Browser(WebDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	WebDriver driver() {
		return this.driver;
	}

	void open(String url) {
		this.driver.get(url);
	}

	WebElement find(By by) {
		return waitUntil(ExpectedConditions.visibilityOfElementLocated(by));
	}

	/**
	 * Clicks an element once it is clickable, finding it again if the page re-rendered it
	 * meanwhile (the pages redraw their lists as they poll).
	 */
	void click(By by) {
		waitUntil(ExpectedConditions.elementToBeClickable(by));
		waitUntil((driver) -> {
			driver.findElement(by).click();
			return true;
		});
	}

	/** The visible element's text, read again if the page re-rendered it meanwhile. */
	String textOf(By by) {
		find(by);
		return waitUntil((driver) -> driver.findElement(by).getText());
	}

	/** An attribute of the element, read again if the page re-rendered it meanwhile. */
	String attribute(By by, String name) {
		find(by);
		return waitUntil((driver) -> driver.findElement(by).getDomAttribute(name));
	}

	/** Waits until the element's text contains {@code text}, and returns all of it. */
	String text(By by, String text) {
		waitUntil(ExpectedConditions.textToBePresentInElementLocated(by, text));
		return textOf(by);
	}

	/**
	 * Waits until the condition holds (not null, not false), retrying re-rendered
	 * elements.
	 */
	<T> T waitUntil(Function<? super WebDriver, T> condition) {
		return new WebDriverWait(this.driver, PATIENCE, Duration.ofMillis(100))
			.ignoring(StaleElementReferenceException.class)
			.until(condition);
	}

	/**
	 * Runs inside the iframe the wx shim opened for the cashier, then returns to the
	 * page.
	 */
	void inCashier(Runnable actions) {
		waitUntil(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.name("vpay-sandbox-cashier")));
		try {
			actions.run();
		}
		finally {
			this.driver.switchTo().defaultContent();
		}
	}

	void resize(Dimension size) {
		this.driver.manage().window().setSize(size);
	}

	/**
	 * Whether the page is wider than the window (a horizontal scroll bar at phone width).
	 */
	boolean overflowsHorizontally() {
		return (Boolean) ((JavascriptExecutor) this.driver)
			.executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
	}

	/**
	 * The page's and the window's width, and the elements that stick out of the window on
	 * the right outside any scrolling box (to say what overflows).
	 */
	@SuppressWarnings("unchecked")
	List<String> overflowingElements() {
		return (List<String>) ((JavascriptExecutor) this.driver).executeScript(
				"""
						var found = [];
						document.querySelectorAll('body *').forEach(function (element) {
							var right = element.getBoundingClientRect().right;
							if (right <= window.innerWidth + 1) { return; }
							for (var box = element.parentElement; box; box = box.parentElement) {
								if (['auto', 'scroll'].indexOf(getComputedStyle(box).overflowX) >= 0) { return; }
							}
							found.push(element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
								+ (element.className ? '.' + element.className : '') + ' to ' + Math.round(right) + 'px');
						});
						found.unshift('page ' + document.documentElement.scrollWidth + 'px, window ' + window.innerWidth + 'px');
						return found.slice(0, 10);
						""");
	}

	/** Fails on any error the page logged (script errors, failed loads). */
	void assertNoConsoleErrors() {
		List<String> errors = this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
		assertThat(errors).as("errors in the browser console").isEmpty();
	}

	/** Saves a screenshot of the whole page as {@code target/screenshots/<name>.png}. */
	void screenshot(String name) {
		save(name, null, false);
	}

	/**
	 * Like {@link #screenshot}, and also as {@code docs/screenshots/<name>.png} when the
	 * docs' pictures are being renewed ({@code VPAY_UPDATE_DOC_SCREENSHOTS=true}).
	 */
	void screenshotForDocs(String name) {
		save(name, null, updatingDocs());
	}

	/** Like {@link #screenshotForDocs}, of one element of the page only. */
	void screenshotForDocs(String name, By element) {
		save(name, element, updatingDocs());
	}

	private static boolean updatingDocs() {
		return Boolean.parseBoolean(System.getenv("VPAY_UPDATE_DOC_SCREENSHOTS"));
	}

	private void save(String name, By element, boolean forDocs) {
		Dimension before = this.driver.manage().window().getSize();
		JavascriptExecutor script = (JavascriptExecutor) this.driver;
		long height = (Long) script
			.executeScript("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight);");
		resize(new Dimension(before.getWidth(), (int) Math.max(before.getHeight(), Math.min(height + 120, 4000))));
		script.executeScript("window.scrollTo(0, 0);");
		try {
			TakesScreenshot target = (element != null) ? this.driver.findElement(element)
					: (TakesScreenshot) this.driver;
			Path shot = target.getScreenshotAs(OutputType.FILE).toPath();
			Files.createDirectories(SCREENSHOTS);
			Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
			if (forDocs) {
				Files.createDirectories(DOC_SCREENSHOTS);
				Files.copy(shot, DOC_SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
			}
			Files.delete(shot);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not save screenshot " + name, ex);
		}
		finally {
			resize(before);
		}
	}

	/**
	 * Back to the desktop size and a blank page, with the console's log read and dropped,
	 * for the next test.
	 */
	void reset() {
		resize(DESKTOP);
		this.driver.get("about:blank");
		forgetConsole();
	}

	/** Reads and drops what the console logged so far. */
	void forgetConsole() {
		this.driver.manage().logs().get(LogType.BROWSER);
	}

	@Override
	public void close() {
		this.driver.quit();
		try (Stream<Path> files = Files.walk(this.profile)) {
			files.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// a leftover temporary profile is harmless
		}
	}

}
