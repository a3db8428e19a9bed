package dev.vpaysandbox.signing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.vpaysandbox.signing.signature.Signatures;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * signing-core stays plain Java: nothing in it may depend on Spring, and its packages
 * depend on each other without cycles.
 */
class SigningCoreArchitectureTests {

	private static JavaClasses classes;

	@BeforeAll
	static void importProductionClasses() {
		// Only signing-core's own output: scanning the whole class path for the package
		// is slow.
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importUrl(Signatures.class.getProtectionDomain().getCodeSource().getLocation());
	}

	@Test
	void importsEveryPackage() {
		assertThat(classes.stream().map((javaClass) -> javaClass.getPackageName()).distinct()).contains(
				"dev.vpaysandbox.signing.protocol", "dev.vpaysandbox.signing.keys", "dev.vpaysandbox.signing.signdata",
				"dev.vpaysandbox.signing.diagnosis", "dev.vpaysandbox.signing.signature",
				"dev.vpaysandbox.signing.cli");
	}

	@Test
	void dependsOnNothingFromSpring() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAPackage("org.springframework..")
			.because("signing-core is plain Java that any app can use")
			.check(classes);
	}

	@Test
	void hasNoCyclesBetweenItsPackages() {
		slices().matching("dev.vpaysandbox.signing.(*)..").should().beFreeOfCycles().check(classes);
	}

}
