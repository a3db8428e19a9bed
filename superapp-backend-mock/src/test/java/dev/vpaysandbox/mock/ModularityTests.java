package dev.vpaysandbox.mock;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The mock's feature packages stay apart: only their APIs are public, and no cycles. */
class ModularityTests {

	static final JavaClasses MOCK = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.vpaysandbox.mock");

	@Test
	void featuresDoNotDependOnEachOtherInCycles() {
		slices().matching("dev.vpaysandbox.mock.(*)..").should().beFreeOfCycles().check(MOCK);
	}

	@Test
	void systemDependsOnNoFeature() {
		noClasses().that()
			.resideInAPackage("..mock.system..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..mock.apps..", "..mock.login..", "..mock.payment..", "..mock.notify..",
					"..mock.merchant..", "..mock.sandbox..", "..mock.pages..", "..mock.chaos..", "..mock.journal..")
			.check(MOCK);
	}

	@Test
	void controllersAndRepositoriesArePackagePrivate() {
		classes().that()
			.areAnnotatedWith(RestController.class)
			.or()
			.areAssignableTo(Repository.class)
			.should()
			.notHaveModifier(JavaModifier.PUBLIC)
			.check(MOCK);
	}

	@Test
	void paymentsKnowNothingOfNotificationsAndChaosKnowsNeither() {
		noClasses().that()
			.resideInAPackage("..mock.payment..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..mock.notify..")
			.check(MOCK);
		noClasses().that()
			.resideInAPackage("..mock.chaos..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..mock.payment..", "..mock.notify..")
			.check(MOCK);
	}

	@Test
	void signsAndVerifiesOnlyThroughSigningCore() {
		noClasses().should().dependOnClassesThat().haveFullyQualifiedName("javax.crypto.Mac").check(MOCK);
	}

}
