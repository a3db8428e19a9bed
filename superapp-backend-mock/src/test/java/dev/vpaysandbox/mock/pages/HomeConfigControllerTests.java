package dev.vpaysandbox.mock.pages;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import dev.vpaysandbox.mock.system.MockProperties;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /config.js} carries the configured demo URL, and nothing can end its script
 * early.
 */
class HomeConfigControllerTests {

	@Test
	void writesTheConfiguredDemoUrl() {
		assertThat(script("http://localhost:9080/"))
			.isEqualTo("window.VPAY_MOCK_CONFIG = {\"demoUrl\":\"http://localhost:9080/\"};\n");
	}

	@Test
	void escapesAnythingThatWouldCloseTheScriptElement() {
		assertThat(script("http://example.com/</script><script>alert(1)</script>"))
			.startsWith("window.VPAY_MOCK_CONFIG = {\"demoUrl\":\"http://example.com/")
			.doesNotContain("<");
	}

	private static String script(String demoUrl) {
		MockProperties properties = new Binder(
				new MapConfigurationPropertySource(Map.of("vpay.mock.pages.demo-url", demoUrl)))
			.bindOrCreate("vpay.mock", Bindable.of(MockProperties.class));
		return new HomeConfigController(properties, JsonMapper.builder().build()).config().getBody();
	}

}
