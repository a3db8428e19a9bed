package dev.vpaysandbox.order;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The mini program's own backend: login, catalogue, orders, signing, delivery. */
@SpringBootApplication
public class OrderServiceApplication {

	/**
	 * The name of this app's configuration file ({@code order-service.yml}): unique, so
	 * that both apps can run in one JVM (as the e2e tests do) without reading each
	 * other's settings.
	 */
	public static final String CONFIG_NAME = "order-service";

	public static void main(String[] args) {
		builder().run(args);
	}

	/** A builder for this application with its own configuration name. */
	public static SpringApplicationBuilder builder() {
		return new SpringApplicationBuilder(OrderServiceApplication.class)
			.properties("spring.config.name=" + CONFIG_NAME);
	}

}
