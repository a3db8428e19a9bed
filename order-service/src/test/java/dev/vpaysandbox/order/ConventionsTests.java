package dev.vpaysandbox.order;

import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import dev.vpaysandbox.order.keys.AppKeyStore;
import dev.vpaysandbox.order.system.ApiDocs;
import dev.vpaysandbox.testing.Conventions;

/** order-service keeps the conventions of docs/ARCHITECTURE.md. */
class ConventionsTests {

	static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.vpaysandbox.order");

	static final JavaClasses MAIN_AND_TESTS = new ClassFileImporter().importPackages("dev.vpaysandbox.order");

	@Test
	void packagesByFeatureWithPackagePrivateWebAdapters() {
		Conventions.noWebSubPackages().check(MAIN);
		Conventions.controllersArePackagePrivate().check(MAIN);
	}

	@Test
	void publicTypesAreTheOnesOtherPackagesUse() {
		// ApiDocs' constant is inlined into other features' OpenAPI annotations; the
		// application is started by e2e-tests.
		Conventions
			.publicTypesAreUsedOutsideTheirPackage(
					Set.of(ApiDocs.class.getName(), OrderServiceApplication.class.getName()))
			.check(MAIN_AND_TESTS);
	}

	@Test
	void problemsAndBodyLimitsFollowTheOneDesign() {
		Conventions.problemsAreProblemExceptions().check(MAIN);
		Conventions.problemsAreBuiltByProblems().check(MAIN);
		Conventions.noHandWrittenRequestWrappers().check(MAIN);
	}

	@Test
	void threadsAndCachesComeFromThePlatform() {
		Conventions.threadsComeFromSpringsFactory().check(MAIN);
		Conventions.executorsGetANamedThreadFactory().check(MAIN);
		// AppKeyStore's map is a rate limit (one refresh per app and env per interval,
		// set
		// by compare-and-set), not a cache.
		Conventions.cachesAreCaffeine(Set.of(AppKeyStore.class.getName())).check(MAIN);
	}

	@Test
	void valuesAreTypedAndMessagesAreRecords() {
		Conventions.noFloatingPointMoney().check(MAIN);
		Conventions.controllersAnswerNoMaps().check(MAIN);
	}

}
