package dev.vpaysandbox.e2e.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver: both found at fixed
 * paths ({@code VPAY_CHROMIUM_BINARY}, default {@code /usr/bin/chromium};
 * {@code VPAY_CHROMEDRIVER}, default {@code /usr/bin/chromedriver}), so Selenium Manager
 * never downloads a browser or a driver. Without them the calling test is skipped with a
 * message, unless {@code VPAY_BROWSER_TESTS_REQUIRED=true} (CI sets it), which makes it
 * fail instead.
 */
final class Chromium {

	private static final Path BINARY = Path.of(env("VPAY_CHROMIUM_BINARY", "/usr/bin/chromium"));

	private static final Path DRIVER = Path.of(env("VPAY_CHROMEDRIVER", "/usr/bin/chromedriver"));

	private Chromium() {
	}

	/** Whether tests must fail rather than skip without Chromium. */
	static boolean required() {
		return Boolean.parseBoolean(env("VPAY_BROWSER_TESTS_REQUIRED", "false"));
	}

	/**
	 * Skips the calling test (or fails it when browsers are required) without Chromium.
	 */
	static void assumeAvailable() {
		if (Files.isExecutable(BINARY) && Files.isExecutable(DRIVER)) {
			return;
		}
		String message = "Chromium or chromedriver is missing (" + BINARY + ", " + DRIVER
				+ "): apt-get install chromium chromium-driver, or set VPAY_CHROMIUM_BINARY and VPAY_CHROMEDRIVER";
		if (required()) {
			Assertions.fail(message + " (VPAY_BROWSER_TESTS_REQUIRED=true)");
		}
		Assumptions.assumeTrue(false, message);
	}

	/** A fresh headless browser with its own profile directory, 1280×900. */
	static Browser start() {
		assumeAvailable();
		Path profile = temporaryProfile();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BINARY.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en-US");
		options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		return new Browser(new ChromeDriver(service, options), profile);
	}

	private static Path temporaryProfile() {
		try {
			return Files.createTempDirectory("vpay-chromium-");
		}
		catch (IOException ex) {
			throw new IllegalStateException("no temporary directory for a Chromium profile", ex);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
