package com.dossier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

/**
 * The package rules of the code base: features meet only through services and the shared kernel.
 */
class ArchitectureTest {
    private static final String BASE = "com.dossier";
    private static final JavaClasses CLASSES =
            new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages(BASE);

    @Test
    void featuresShouldNotUseAnotherFeaturesRepository() {
        classes()
                .that()
                .resideInAPackage(BASE + "..")
                .should(dependOnlyOnOwnRepositories())
                .check(CLASSES);
    }

    @Test
    void resourcesShouldGoThroughServices() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Resource")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository")
                .check(CLASSES);
    }

    @Test
    void sharedKernelShouldNotDependOnFeatures() {
        classes()
                .that()
                .resideInAPackage(BASE + ".shared..")
                .should(dependOnlyOnSharedOrGeneratedCode())
                .check(CLASSES);
    }

    @Test
    void generatedApiShouldNeverReferenceEntities() {
        noClasses()
                .that()
                .resideInAPackage(BASE + ".api..")
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(Entity.class)
                .check(CLASSES);
    }

    /**
     * The first package below com.dossier ("customer", "shared", …); null outside the code base.
     */
    private static String featureOf(JavaClass type) {
        String pkg = type.getPackageName();
        if (!pkg.startsWith(BASE + ".")) {
            return pkg.equals(BASE) ? "" : null;
        }
        return pkg.substring(BASE.length() + 1).split("\\.")[0];
    }

    private static ArchCondition<JavaClass> dependOnlyOnOwnRepositories() {
        return new ArchCondition<>("use only the repositories of their own feature") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    String feature = featureOf(target);
                    boolean foreignRepository =
                            feature != null
                                    && target.getSimpleName().endsWith("Repository")
                                    && !feature.equals(featureOf(type));
                    if (foreignRepository) {
                        events.add(
                                SimpleConditionEvent.violated(type, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> dependOnlyOnSharedOrGeneratedCode() {
        return new ArchCondition<>("depend on no feature package") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    String feature = featureOf(target);
                    boolean intoFeature =
                            feature != null && !feature.equals("shared") && !feature.equals("api");
                    if (intoFeature) {
                        events.add(
                                SimpleConditionEvent.violated(type, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
