package dev.vpaysandbox.e2e.docker;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.Yaml;

/** {@code docker-compose.yml}, parsed, with the few questions the tests ask of it. */
final class ComposeFile {

	private static final Pattern HOST_VARIABLE = Pattern.compile("\\$\\{\\w+:-([^}]*)}");

	static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

	private final Map<String, Object> services;

	private ComposeFile(Map<String, Object> services) {
		this.services = services;
	}

	static ComposeFile load() {
		try (Reader reader = Files.newBufferedReader(REPOSITORY.resolve("docker-compose.yml"))) {
			Map<String, Object> root = new Yaml().load(reader);
			return new ComposeFile(map(root.get("services")));
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read docker-compose.yml", ex);
		}
	}

	List<String> serviceNames() {
		return List.copyOf(this.services.keySet());
	}

	Map<String, Object> service(String name) {
		Map<String, Object> service = map(this.services.get(name));
		if (service == null) {
			throw new AssertionError("docker-compose.yml has no service " + name);
		}
		return service;
	}

	/**
	 * The service's environment as the container gets it when no variable is set on the
	 * host: {@code ${VAR:-default}} becomes its default.
	 */
	Map<String, String> environment(String name) {
		Map<String, String> environment = new LinkedHashMap<>();
		Map<String, Object> declared = map(service(name).get("environment"));
		if (declared != null) {
			declared.forEach((key, value) -> environment.put(key,
					HOST_VARIABLE.matcher(String.valueOf(value)).replaceAll((match) -> match.group(1))));
		}
		return environment;
	}

	/**
	 * The condition a service waits for on another ({@code service_healthy}, ...), or
	 * null.
	 */
	String dependencyCondition(String name, String dependency) {
		Map<String, Object> dependsOn = map(service(name).get("depends_on"));
		Map<String, Object> entry = (dependsOn != null) ? map(dependsOn.get(dependency)) : null;
		return (entry != null) ? (String) entry.get("condition") : null;
	}

	/** The container ports a service publishes ({@code "${X:-8080}:8080"} → 8080). */
	List<Integer> containerPorts(String name) {
		List<?> ports = (List<?>) service(name).get("ports");
		return ports.stream()
			.map(String::valueOf)
			.map((port) -> port.substring(port.lastIndexOf(':') + 1))
			.map(Integer::valueOf)
			.toList();
	}

	/** The Dockerfile a service is built from, relative to the repository. */
	Path dockerfile(String name) {
		Map<String, Object> build = map(service(name).get("build"));
		Path context = REPOSITORY.resolve(String.valueOf(build.get("context"))).normalize();
		return context.resolve(String.valueOf(build.getOrDefault("dockerfile", "Dockerfile")));
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

}
