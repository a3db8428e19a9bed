package dev.vpaysandbox.mock;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The Spring context of the test kit's own tests, as an integrator's suite meets the
 * mock: the real clock (the test clock's control API moves it), an in-memory H2 database,
 * and the demo mini game's appKeys fixed by configuration.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=" + SuperappBackendMockApplication.CONFIG_NAME,
				"spring.datasource.url=jdbc:h2:mem:mock-real-clock;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
				"vpay.sandbox.demo-minigame.app-key-0=" + RealClockMockTest.FIXED_KEY_ENV_0,
				"vpay.sandbox.demo-minigame.app-key-1=" + RealClockMockTest.FIXED_KEY_ENV_1 })
@interface RealClockMockTest {

	/** The demo mini game's configured appKey of env 0. */
	String FIXED_KEY_ENV_0 = "FixedEnv0Key-4f1c9a7e2b8d";

	/** The demo mini game's configured appKey of env 1. */
	String FIXED_KEY_ENV_1 = "FixedEnv1Key-93d0e6b5a1c7";

}
