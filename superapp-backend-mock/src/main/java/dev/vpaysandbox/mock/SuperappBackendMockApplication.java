package dev.vpaysandbox.mock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The super app's backend and payment platform, simulated. */
@SpringBootApplication
public class SuperappBackendMockApplication {

	/**
	 * The name of this app's configuration file ({@code superapp-backend-mock.yml}):
	 * unique, so that both apps can run in one JVM (as the e2e tests do) without reading
	 * each other's settings.
	 */
	public static final String CONFIG_NAME = "superapp-backend-mock";

	public static void main(String[] args) {
		builder().run(args);
	}

	/** A builder for this application with its own configuration name. */
	public static SpringApplicationBuilder builder() {
		return new SpringApplicationBuilder(SuperappBackendMockApplication.class)
			.properties("spring.config.name=" + CONFIG_NAME);
	}

}
