package dev.vpaysandbox.mock;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.vpaysandbox.mock.system.MockProperties;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped configuration lets CI fix the seeded apps' appKeys and secrets from the
 * environment, e.g. {@code VPAY_SANDBOX_DEMO_MINIGAME_APP_KEY_0}.
 */
class SeedKeyPlaceholderTests {

	@Test
	void environmentVariablesFixTheSeededAppsKeysAndSecrets() throws IOException {
		MockProperties.Seed seed = bind(Map.of("VPAY_SANDBOX_DEMO_MINIGAME_APP_KEY_0", "CiKeyEnv0-123456",
				"VPAY_SANDBOX_DEMO_MINIGAME_APP_KEY_1", "CiKeyEnv1-123456", "VPAY_SANDBOX_DEMO_MINIPROGRAM_APP_SECRET",
				"ci-program-secret"));

		assertThat(seed.apps().get(0).appKeys()).containsEntry("0", "CiKeyEnv0-123456")
			.containsEntry("1", "CiKeyEnv1-123456");
		assertThat(seed.apps().get(1).appSecret()).isEqualTo("ci-program-secret");
		assertThat(seed.apps().get(1).appKeys().values()).allSatisfy((key) -> assertThat(key).isEmpty());
		assertThat(seed.apps().get(0).toString()).doesNotContain("CiKeyEnv0-123456");
	}

	@Test
	void withoutThemTheKeysAreGeneratedAndTheSecretsAreTheDocumentedOnes() throws IOException {
		MockProperties.Seed seed = bind(Map.of());

		assertThat(seed.apps()).extracting(MockProperties.SeedApp::appSecret)
			.containsExactly("demo-minigame-secret", "demo-miniprogram-secret");
		assertThat(seed.apps().get(0).appKeys().values()).allSatisfy((key) -> assertThat(key).isEmpty());
	}

	private static MockProperties.Seed bind(Map<String, Object> environment) throws IOException {
		StandardEnvironment spring = new StandardEnvironment();
		spring.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		spring.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					environment));
		List<PropertySource<?>> yaml = new YamlPropertySourceLoader().load("mock",
				new ClassPathResource(SuperappBackendMockApplication.CONFIG_NAME + ".yml"));
		spring.getPropertySources().addLast(yaml.get(0));
		ConfigurationPropertySources.attach(spring);
		return Binder.get(spring).bind("vpay.mock.seed", MockProperties.Seed.class).get();
	}

}
