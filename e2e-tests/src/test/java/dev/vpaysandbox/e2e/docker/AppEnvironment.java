package dev.vpaysandbox.e2e.docker;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * An app's configuration as Spring Boot would resolve it inside a container: its own
 * configuration file (with the profiles the environment activates) under the environment
 * variables that docker-compose.yml gives it, and nothing from this JVM's environment.
 */
final class AppEnvironment {

	private AppEnvironment() {
	}

	static StandardEnvironment resolve(String configName, Map<String, String> containerEnvironment) {
		StandardEnvironment environment = new StandardEnvironment();
		MutablePropertySources sources = environment.getPropertySources();
		sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		sources.addLast(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
				new LinkedHashMap<>(containerEnvironment)));
		sources.addLast(new MapPropertySource("defaultProperties", Map.of("spring.config.name", configName)));
		ConfigurationPropertySources.attach(environment);
		ConfigDataEnvironmentPostProcessor.applyTo(environment);
		return environment;
	}

}
