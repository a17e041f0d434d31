package dev.lapse.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The drawn public API: what a user imports lives in the public packages, each documented by a
 * {@code package-info.java}; everything else is under {@code dev.lapse.internal}. A user's code
 * (the README's example provider in {@code com.example}) compiles against public packages only,
 * and no public signature hands a user an internal type.
 */
class PublicApiTest {
  static final List<String> PUBLIC = List.of("dev.lapse", "dev.lapse.clock",
      "dev.lapse.vocabulary", "dev.lapse.scenario", "dev.lapse.provider",
      "dev.lapse.provider.reference", "dev.lapse.journal", "dev.lapse.history", "dev.lapse.check",
      "dev.lapse.run", "dev.lapse.fuzz", "dev.lapse.junit");
  static final String INTERNAL = "dev.lapse.internal..";

  private static JavaClasses main;
  private static JavaClasses user;

  @BeforeAll
  static void importClasses() {
    main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.lapse");
    user = new ClassFileImporter().importPackages("com.example");
  }

  @Test
  void everyPackageIsPublicOrInternal() {
    Set<String> packages = main.stream().map(JavaClass::getPackageName)
        .filter(p -> !p.startsWith("dev.lapse.internal"))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(PUBLIC), packages);
  }

  @Test
  void everyPublicPackageIsDocumented() {
    for (String p : PUBLIC) {
      Path info = Path.of("src/main/java", p.replace('.', '/'), "package-info.java");
      assertTrue(Files.isRegularFile(info), "no " + info);
    }
  }

  @Test
  void aUsersProviderAndTestUseOnlyPublicPackages() {
    assertTrue(user.size() >= 2, "the com.example classes were not found");
    noClasses().should().dependOnClassesThat().resideInAPackage(INTERNAL).check(user);
    classes().should().onlyDependOnClassesThat(new DescribedPredicate<>("outside Lapse or public") {
      @Override
      public boolean test(JavaClass c) {
        return !c.getPackageName().startsWith("dev.lapse") || PUBLIC.contains(c.getPackageName());
      }
    }).check(user);
  }

  @Test
  void publicSignaturesNeverExposeInternalTypes() {
    methods().that().arePublic().and().areDeclaredInClassesThat(publicApi())
        .should(new ArchCondition<JavaMethod>("not take or return a dev.lapse.internal type") {
          @Override
          public void check(JavaMethod m, ConditionEvents events) {
            boolean leaks = m.getRawReturnType().getPackageName().startsWith("dev.lapse.internal")
                || m.getRawParameterTypes().stream()
                    .anyMatch(t -> t.getPackageName().startsWith("dev.lapse.internal"));
            if (leaks) {
              events.add(SimpleConditionEvent.violated(m, m.getFullName() + " leaks an internal type"));
            }
          }
        })
        .check(main);
  }

  private static DescribedPredicate<JavaClass> publicApi() {
    return new DescribedPredicate<>("public classes of public packages") {
      @Override
      public boolean test(JavaClass c) {
        return PUBLIC.contains(c.getPackageName()) && c.getModifiers().contains(JavaModifier.PUBLIC);
      }
    };
  }
}
