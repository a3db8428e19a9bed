package dev.vpaysandbox.e2e.docker;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.Yaml;

/**
 * The property names an app's configuration file sets or reads through a placeholder,
 * with the environment-variable name each is set by ({@code vpay.order.platform.base-url}
 * ← {@code VPAY_ORDER_PLATFORM_BASE_URL}).
 */
final class ConfigurationKeys {

	/**
	 * Spring Boot's own properties that the compose file sets without the apps naming
	 * them.
	 */
	private static final Set<String> SPRING_BOOT_OWN = Set.of("spring.profiles.active", "spring.datasource.password");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^:}]+)");

	private ConfigurationKeys() {
	}

	/**
	 * The environment-variable names that set a property this app's configuration knows.
	 */
	static Set<String> environmentVariables(String configName) {
		Set<String> keys = new TreeSet<>(SPRING_BOOT_OWN);
		try (InputStream in = ConfigurationKeys.class.getResourceAsStream("/" + configName + ".yml")) {
			for (Object document : new Yaml().loadAll(in)) {
				collect("", document, keys);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read " + configName + ".yml", ex);
		}
		Set<String> variables = new TreeSet<>();
		keys.forEach((key) -> variables
			.add(key.replaceAll("\\[\\d+]", "").replaceAll("[.-]", "_").toUpperCase(Locale.ROOT)));
		return variables;
	}

	private static void collect(String prefix, Object node, Set<String> keys) {
		if (node instanceof Map<?, ?> map) {
			map.forEach(
					(key, value) -> collect(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, value, keys));
		}
		else if (node instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				collect(prefix + "[" + i + "]", list.get(i), keys);
			}
		}
		else {
			keys.add(prefix);
			Matcher placeholder = PLACEHOLDER.matcher(String.valueOf(node));
			while (placeholder.find()) {
				keys.add(placeholder.group(1));
			}
		}
	}

}
