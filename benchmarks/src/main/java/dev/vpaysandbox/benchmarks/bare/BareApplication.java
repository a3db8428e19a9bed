package dev.vpaysandbox.benchmarks.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The framework's limit on this machine: a Spring Boot app with Spring MVC, Spring Data
 * JPA and H2, like the services, but whose endpoint does no work of its own. It is the
 * baseline of bench/run.sh for throughput (its POST endpoint) and for start-up time
 * ("bare Boot + JPA"). Reads {@code bare-app.yml} only.
 */
@SpringBootApplication
public class BareApplication {

	static final String CONFIG_NAME = "bare-app";

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(BareApplication.class);
		application.setDefaultProperties(java.util.Map.of("spring.config.name", CONFIG_NAME));
		application.run(args);
	}

}
