package jp.tradecert;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of docs/architecture.md, checked on the compiled classes of the three deployed modules (the
 * web module's test classpath holds the ejb and batch modules too): no package depends, directly or
 * round about, on itself; each package uses only the ones the layering allows; only the ejb module
 * talks to the database; entities change only through their domain methods.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importTheApplication() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.tradecert");
    }

    /** Every package of the application, subpackages as packages of their own. */
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("jp.tradecert.(**)").should().beFreeOfCycles();

    /**
     * The layers, lowest first: mechanisms (platform, notification, document), then the domain from the
     * ledger up to what pays and applies, then the demo data, the batch jobs and the screens.
     */
    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("platform").definedBy("jp.tradecert.platform..")
            .layer("notification").definedBy("jp.tradecert.notification..")
            .layer("document").definedBy("jp.tradecert.document..")
            .layer("ledger").definedBy("jp.tradecert.ledger..")
            .layer("account").definedBy("jp.tradecert.account..")
            .layer("catalog").definedBy("jp.tradecert.catalog..")
            .layer("payment").definedBy("jp.tradecert.payment")
            .layer("purchase").definedBy("jp.tradecert.purchase..")
            .layer("deposit").definedBy("jp.tradecert.deposit..")
            .layer("application").definedBy("jp.tradecert.application..")
            .layer("card").definedBy("jp.tradecert.payment.card..")
            .layer("demo").definedBy("jp.tradecert.demo..")
            .layer("setup").definedBy("jp.tradecert.setup..")
            .layer("batch").definedBy("jp.tradecert.batch..")
            .layer("web").definedBy("jp.tradecert.web..")
            .whereLayer("platform").mayNotAccessAnyLayer()
            .whereLayer("notification").mayOnlyAccessLayers("platform")
            .whereLayer("document").mayOnlyAccessLayers("platform")
            .whereLayer("ledger").mayOnlyAccessLayers("platform")
            .whereLayer("account").mayOnlyAccessLayers("ledger", "notification", "platform")
            .whereLayer("catalog").mayOnlyAccessLayers("account", "platform")
            .whereLayer("payment").mayOnlyAccessLayers("platform")
            .whereLayer("purchase").mayOnlyAccessLayers("account", "catalog", "ledger", "payment", "notification",
                    "document", "platform")
            .whereLayer("deposit").mayOnlyAccessLayers("purchase", "payment", "account", "ledger", "notification",
                    "platform")
            .whereLayer("application").mayOnlyAccessLayers("account", "catalog", "ledger", "notification",
                    "document", "platform")
            .whereLayer("card").mayOnlyAccessLayers("purchase", "application", "account", "ledger", "document",
                    "platform")
            .whereLayer("demo").mayNotBeAccessedByAnyLayer()
            .whereLayer("setup").mayNotBeAccessedByAnyLayer()
            .whereLayer("batch").mayOnlyAccessLayers("card", "application", "deposit", "purchase", "payment",
                    "catalog", "account", "ledger", "document", "notification", "platform")
            .whereLayer("batch").mayOnlyBeAccessedByLayers("web")
            .whereLayer("web").mayNotBeAccessedByAnyLayer();

    /** Web beans and batch artifacts call services; only the ejb module runs queries. */
    static final ArchRule ONLY_EJB_QUERIES = noClasses().that().resideInAnyPackage("jp.tradecert.web..",
            "jp.tradecert.batch..").should().dependOnClassesThat().areAssignableTo(EntityManager.class);

    /** Status and money fields change through methods named in the domain's words, never a setter. */
    static final ArchRule NO_PUBLIC_SETTERS_ON_ENTITIES = methods().that().areDeclaredInClassesThat()
            .areAnnotatedWith(Entity.class).and().haveNameStartingWith("set").should().notBePublic();

    @Test
    void noPackageDependsOnItself() {
        NO_PACKAGE_CYCLES.check(classes);
    }

    @Test
    void eachPackageUsesOnlyTheLayersBelowIt() {
        LAYERS.check(classes);
    }

    @Test
    void onlyTheEjbModuleTalksToTheDatabase() {
        ONLY_EJB_QUERIES.check(classes);
    }

    @Test
    void entitiesHaveNoPublicSetters() {
        NO_PUBLIC_SETTERS_ON_ENTITIES.check(classes);
    }
}
