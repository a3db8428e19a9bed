package dev.vpaysandbox.mock;

import java.beans.Introspector;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClasses;
import jakarta.persistence.Entity;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import dev.vpaysandbox.mock.system.AdminToken;
import dev.vpaysandbox.mock.system.AssignedIdEntity;
import dev.vpaysandbox.mock.system.ProtocolEnvelopes;
import dev.vpaysandbox.mock.system.ProtocolValueColumns;
import dev.vpaysandbox.mock.system.RequestAttributes;
import dev.vpaysandbox.signing.protocol.Env;
import dev.vpaysandbox.signing.protocol.OutTradeNo;
import dev.vpaysandbox.testing.Conventions;

import org.springframework.data.domain.Persistable;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

/** The mock keeps the conventions of docs/ARCHITECTURE.md. */
class ConventionsTests {

	static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.vpaysandbox.mock");

	static final JavaClasses MAIN_AND_TESTS = new ClassFileImporter().importPackages("dev.vpaysandbox.mock");

	@Test
	void packagesByFeatureWithPackagePrivateWebAdapters() {
		Conventions.noWebSubPackages().check(MAIN);
		Conventions.controllersArePackagePrivate().check(MAIN);
	}

	@Test
	void publicTypesAreTheOnesOtherPackagesUse() {
		// Other packages use only the compile-time constants of AdminToken,
		// ProtocolEnvelopes
		// and RequestAttributes, which the compiler inlines; Hibernate finds the
		// converters
		// of ProtocolValueColumns by its scan; e2e-tests start the application.
		Conventions.publicTypesAreUsedOutsideTheirPackage(
				Set.of(AdminToken.class.getName(), ProtocolEnvelopes.class.getName(), RequestAttributes.class.getName(),
						ProtocolValueColumns.class.getName(), SuperappBackendMockApplication.class.getName()))
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
		Conventions.cachesAreCaffeine(Set.of()).check(MAIN);
	}

	@Test
	void valuesAreTypedAndMessagesAreRecords() {
		Conventions.noFloatingPointMoney().check(MAIN);
		Conventions.controllersAnswerNoMaps().check(MAIN);
		for (Class<?> value : List.of(Env.class, OutTradeNo.class)) {
			String field = Introspector.decapitalize(value.getSimpleName());
			noFields().that()
				.haveName(field)
				.and()
				.areDeclaredInClassesThat()
				.areAnnotatedWith(Entity.class)
				.should()
				.notHaveRawType(value)
				.because("the mock's entities hold protocol values, stored by ProtocolValueColumns")
				.check(MAIN);
		}
	}

	@Test
	void entitiesWithAssignedIdsShareOneBaseClass() {
		classes().that()
			.implement(Persistable.class)
			.and()
			.doNotHaveFullyQualifiedName(AssignedIdEntity.class.getName())
			.should()
			.beAssignableTo(AssignedIdEntity.class)
			.check(MAIN);
	}

}
