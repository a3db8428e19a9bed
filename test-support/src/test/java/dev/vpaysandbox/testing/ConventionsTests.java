package dev.vpaysandbox.testing;

import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Positive controls: each rule reports the violation planted in {@code violations}. */
class ConventionsTests {

	private static final JavaClasses PLANTED = new ClassFileImporter()
		.importPackages("dev.vpaysandbox.testing.violations");

	@Test
	void catchesHandWrittenThreadsSleepsAndExecutors() {
		assertThat(violations(Conventions.threadsComeFromSpringsFactory(Set.of()))).contains("Thread.<init>",
				"Thread.sleep");
		assertThat(violations(Conventions.executorsGetANamedThreadFactory())).contains("newFixedThreadPool");
	}

	@Test
	void catchesAConcurrentMapCacheAndFloatingPointMoney() {
		assertThat(violations(Conventions.cachesAreCaffeine(Set.of()))).contains("ConcurrentHashMap.<init>");
		assertThat(violations(Conventions.noFloatingPointMoney())).contains("HandRolledPlumbing.price");
	}

	@Test
	void catchesAPublicTypeNoOtherPackageUses() {
		assertThat(violations(Conventions.publicTypesAreUsedOutsideTheirPackage(Set.of())))
			.contains("HandRolledPlumbing is public but only its own package uses it");
		assertThat(violations(Conventions
			.publicTypesAreUsedOutsideTheirPackage(Set.of("dev.vpaysandbox.testing.violations.HandRolledPlumbing"))
			.allowEmptyShould(true))).isEmpty();
	}

	private static String violations(ArchRule rule) {
		return String.join("\n", rule.evaluate(PLANTED).getFailureReport().getDetails());
	}

}
