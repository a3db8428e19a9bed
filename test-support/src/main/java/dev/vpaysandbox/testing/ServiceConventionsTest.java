package dev.vpaysandbox.testing;

import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The {@link Conventions} every service keeps, as tests: a service's
 * {@code ConventionsTests} extends this, names its base package and its exceptions, and
 * adds its own rules.
 */
public abstract class ServiceConventionsTest {

	private final JavaClasses main;

	private final JavaClasses mainAndTests;

	/** Checks the classes of this base package. */
	protected ServiceConventionsTest(String basePackage) {
		this.main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(basePackage);
		this.mainAndTests = new ClassFileImporter().importPackages(basePackage);
	}

	/** The service's main classes. */
	protected JavaClasses main() {
		return this.main;
	}

	/** Public types other packages use in ways ArchUnit cannot see; say why. */
	protected abstract Set<String> publicForOthers();

	/** Classes that must poll state no local condition signals; say why. */
	protected Set<String> pollers() {
		return Set.of();
	}

	/** Classes whose concurrent map is no cache; say why. */
	protected Set<String> concurrentMapsThatAreNoCaches() {
		return Set.of();
	}

	@Test
	void packagesByFeatureWithPackagePrivateWebAdapters() {
		Conventions.noWebSubPackages().check(this.main);
		Conventions.controllersArePackagePrivate().check(this.main);
	}

	@Test
	void publicTypesAreTheOnesOtherPackagesUse() {
		Conventions.publicTypesAreUsedOutsideTheirPackage(publicForOthers()).check(this.mainAndTests);
	}

	@Test
	void problemsAndBodyLimitsFollowTheOneDesign() {
		Conventions.problemsAreProblemExceptions().check(this.main);
		Conventions.problemsAreBuiltByProblems().check(this.main);
		Conventions.noHandWrittenRequestWrappers().check(this.main);
	}

	@Test
	void threadsAndCachesComeFromThePlatform() {
		Conventions.threadsComeFromSpringsFactory(pollers()).check(this.main);
		Conventions.executorsGetANamedThreadFactory().check(this.main);
		Conventions.cachesAreCaffeine(concurrentMapsThatAreNoCaches()).check(this.main);
	}

	@Test
	void timeComesFromTheInjectedClock() {
		Conventions.timeComesFromTheInjectedClock().check(this.main);
	}

	@Test
	void moneyIsIntegerAndControllersAnswerRecords() {
		Conventions.noFloatingPointMoney().check(this.main);
		Conventions.controllersAnswerNoMaps().check(this.main);
	}

}
