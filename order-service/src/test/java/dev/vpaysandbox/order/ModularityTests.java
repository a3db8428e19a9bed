package dev.vpaysandbox.order;

import java.time.Instant;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The feature packages depend on each other in one direction only, keep their web
 * adapters and repositories to themselves, and stay away from the JDK clock.
 */
class ModularityTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.vpaysandbox.order");

	@Test
	void featuresHaveNoCycles() {
		slices().matching("dev.vpaysandbox.order.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void controllersArePackagePrivate() {
		classes().that().areAnnotatedWith(RestController.class).should().notBePublic().check(CLASSES);
	}

	@Test
	void repositoriesArePackagePrivate() {
		classes().that()
			.haveSimpleNameEndingWith("Repository")
			.should()
			.notBePublic()
			.andShould()
			.beInterfaces()
			.check(CLASSES);
	}

	@Test
	void systemDependsOnNoFeature() {
		noClasses().that()
			.resideInAPackage("dev.vpaysandbox.order.system..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.vpaysandbox.order.apps..", "dev.vpaysandbox.order.catalogue..",
					"dev.vpaysandbox.order.keys..", "dev.vpaysandbox.order.platform..",
					"dev.vpaysandbox.order.session..", "dev.vpaysandbox.order.inventory..",
					"dev.vpaysandbox.order.order..", "dev.vpaysandbox.order.notify..",
					"dev.vpaysandbox.order.reconcile..")
			.check(CLASSES);
	}

	@Test
	void timeComesFromTheInjectedClock() {
		noClasses().should()
			.callMethod(Instant.class, "now")
			.orShould()
			.callMethod(System.class, "currentTimeMillis")
			.check(CLASSES);
	}

}
