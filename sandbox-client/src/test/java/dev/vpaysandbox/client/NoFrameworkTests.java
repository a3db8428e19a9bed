package dev.vpaysandbox.client;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The client runs in any JVM test suite: no Spring, no test framework, nothing of the
 * sandbox's own code but signing-core's values.
 */
class NoFrameworkTests {

	static final JavaClasses CLIENT = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.vpaysandbox.client");

	@Test
	void dependsOnTheJdkJacksonAndSigningCoreOnly() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "org.junit..", "org.assertj..", "dev.vpaysandbox.mock..",
					"dev.vpaysandbox.order..", "com.fasterxml.jackson.databind..")
			.check(CLIENT);
	}

}
